import { Button, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconFilePencil } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { AccessDenied } from "../../components/access-denied.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { NotFound } from "../../components/not-found-page.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { apiErrorCode, isForbidden } from "../../lib/api-error.ts";
import { useDocumentTitle } from "../../lib/document-title.ts";
import { formatDate } from "../../lib/format.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { BackToConsent } from "./back-to-consent.tsx";
import { ConsentMarkdown } from "./consent-markdown.tsx";
import { PublishVersionForm } from "./publish-version-form.tsx";
import { VersionHistory } from "./version-history.tsx";

const route = getRouteApi("/app/consent/$documentId");

export function ConsentDocumentPage() {
  const trpc = useTRPC();
  const me = useMe();
  const { documentId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [publishing, setPublishing] = useState(false);
  const document = useQuery(trpc.consent.document.queryOptions({ documentId }));

  if (isForbidden(document.error)) return <AccessDenied />;
  const code = apiErrorCode(document.error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
  if (document.error) {
    return (
      <>
        <PageHeader title="Consent document" back={<BackToConsent />} />
        <ErrorState error={document.error} onRetry={() => void document.refetch()} />
      </>
    );
  }
  if (!document.data) return <DocumentSkeleton />;

  const data = document.data;
  const latest = data.versions[0];
  const shown = data.versions.find((version) => version.version === search.version) ?? latest;
  const show = (version: number | null) =>
    void navigate({ search: { version: version === null || version === latest?.version ? undefined : version }, replace: true });
  const programs = data.programs.map((program) => program.name).join(", ");

  return (
    <>
      <PageHeader
        title={data.title}
        back={<BackToConsent />}
        description={`Version ${latest?.version ?? "—"}, consent counts from version ${data.minimumCurrentVersion}. ${
          programs ? `Required by ${programs}.` : "No program requires it yet."
        }`}
        actions={
          me.role === "ADMIN" &&
          !publishing && (
            <Button onClick={() => setPublishing(true)} leftSection={<IconFilePencil size={18} aria-hidden />}>
              Publish new version
            </Button>
          )
        }
      />
      <Stack gap="lg">
        {publishing && (
          <PublishVersionForm
            document={data}
            onDone={(version) => {
              setPublishing(false);
              if (version !== null) show(null);
            }}
          />
        )}
        <SectionCard title="Version history">
          <VersionHistory document={data} shown={shown?.version ?? 0} onShow={show} />
        </SectionCard>
        {shown && (
          <Paper withBorder p="lg">
            <Stack gap="md">
              <Group justify="space-between" gap="sm">
                <Title order={2} fz="h4">
                  Version {shown.version}
                </Title>
                <Text size="sm" c="dimmed">
                  Published {formatDate(shown.publishedAt)}
                  {shown.publishedBy ? ` by ${shown.publishedBy.name}` : ""}
                </Text>
              </Group>
              <ConsentMarkdown body={shown.body} />
            </Stack>
          </Paper>
        )}
      </Stack>
    </>
  );
}

function DocumentSkeleton() {
  useDocumentTitle("Consent document");
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading consent document">
      <Skeleton height={36} width="45%" />
      <Skeleton height={160} />
      <Skeleton height={320} />
    </Stack>
  );
}
