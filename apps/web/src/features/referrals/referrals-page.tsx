import { Button } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { AccessDenied } from "../../components/access-denied.tsx";
import { DataTable } from "../../components/data-table/data-table.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { isForbidden } from "../../lib/api-error.ts";
import { useListSearch } from "../../lib/list-search/use-list-search.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ReferralFormDialog } from "./referral-form-dialog.tsx";
import { referralsColumns } from "./referrals-columns.tsx";
import { ReferralsEmpty } from "./referrals-empty.tsx";
import { ReferralsFilters } from "./referrals-filters.tsx";
import { referralsList, toListReferralsInput } from "./referrals-search.ts";

const route = getRouteApi("/app/referrals/");

export function ReferralsPage() {
  const trpc = useTRPC();
  const me = useMe();
  const navigate = route.useNavigate();
  const list = useListSearch(route, referralsList);
  const [logging, setLogging] = useState(false);
  const referrals = useQuery({
    ...trpc.referrals.list.queryOptions(toListReferralsInput(list.search)),
    placeholderData: keepPreviousData,
  });

  if (isForbidden(referrals.error)) return <AccessDenied />;

  return (
    <>
      <PageHeader
        title="Referrals"
        description={
          me.role === "ADMIN"
            ? "Every referral, open emergencies always on top, until the loop is closed."
            : "Referrals for the members of your cohorts, open emergencies always on top, until the loop is closed."
        }
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setLogging(true)}>
            Log referral
          </Button>
        }
      />
      <ReferralsFilters
        search={list.search}
        filtered={list.filtered}
        byFacilitator={me.role === "ADMIN"}
        onChange={list.changeFilters}
        onClear={list.clearFilters}
      />
      <DataTable
        label="Referrals"
        columns={referralsColumns}
        page={referrals.data}
        view={list.view}
        onViewChange={list.changeView}
        getRowId={(row) => row.id}
        onRowClick={(row) => void navigate({ to: "/referrals/$referralId", params: { referralId: row.id } })}
        isFetching={referrals.isFetching}
        error={referrals.error}
        onRetry={() => void referrals.refetch()}
        minWidth={860}
        empty={<ReferralsEmpty filtered={list.filtered} onClearFilters={list.clearFilters} />}
      />
      {logging && <ReferralFormDialog onClose={() => setLogging(false)} />}
    </>
  );
}
