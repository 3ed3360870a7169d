import { Button, EmptyState } from "@mantine/core";
import { IconFilePlus, IconFileText } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { AccessDenied } from "../../components/access-denied.tsx";
import { clientPage } from "../../components/data-table/client-page.ts";
import { DataTable } from "../../components/data-table/data-table.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { isForbidden } from "../../lib/api-error.ts";
import { useListSearch } from "../../lib/list-search/use-list-search.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { consentColumns } from "./consent-columns.tsx";
import { consentList } from "./consent-search.ts";

const route = getRouteApi("/app/consent/");

export function ConsentDocumentsPage() {
  const trpc = useTRPC();
  const me = useMe();
  const navigate = route.useNavigate();
  const list = useListSearch(route, consentList);
  const documents = useQuery(trpc.consent.documents.queryOptions());

  if (isForbidden(documents.error)) return <AccessDenied />;

  const canCreate = me.role === "ADMIN";
  const createButton = canCreate && (
    <Button component={Link} to="/consent/new" leftSection={<IconFilePlus size={18} aria-hidden />}>
      New consent document
    </Button>
  );
  return (
    <>
      <PageHeader
        title="Consent documents"
        description="The group agreement and informed consent each program requires. Versions are never rewritten: each member's consent stays tied to the text they agreed to."
        actions={createButton}
      />
      <DataTable
        label="Consent documents"
        columns={consentColumns}
        page={clientPage(documents.data, list.view, {
          title: (row) => row.title.toLowerCase(),
          updatedAt: (row) => row.updatedAt.getTime(),
        })}
        view={list.view}
        onViewChange={list.changeView}
        getRowId={(row) => row.id}
        onRowClick={(row) => void navigate({ to: "/consent/$documentId", params: { documentId: row.id } })}
        isFetching={documents.isFetching}
        error={documents.error}
        onRetry={() => void documents.refetch()}
        empty={
          <EmptyState
            py="xl"
            icon={<IconFileText size={28} aria-hidden />}
            withIndicatorBackground
            title="No consent documents yet"
            description="Write the group agreement once: purpose and format, confidentiality and its limits, attendance, outside contact, recording, fees, voluntary participation and how to withdraw."
          >
            {createButton && <EmptyState.Actions>{createButton}</EmptyState.Actions>}
          </EmptyState>
        }
      />
    </>
  );
}
