import { Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ButtonLink } from "../../components/button-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { useTRPC } from "../../lib/trpc.ts";

/** Without a version in the address: which document is this consent to? Always its latest version. */
export function ConsentDocumentChooser({ memberId }: { memberId: string }) {
  const trpc = useTRPC();
  const documents = useQuery(trpc.consent.documents.queryOptions());
  if (documents.error) return <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />;
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Title order={2} fz="h4">
          Choose the consent document
        </Title>
        {!documents.data ? (
          <Skeleton height={80} aria-label="Loading consent documents" />
        ) : documents.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            There are no consent documents yet. An administrator writes one under Consent.
          </Text>
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
            {documents.data.map((document) => (
              <Group key={document.id} component="li" justify="space-between" gap="sm" wrap="wrap">
                <div>
                  <Text fw={600} size="sm">
                    {document.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {document.programs.length > 0
                      ? `Required by ${document.programs.map((program) => program.name).join(", ")}`
                      : "No program requires it yet"}
                  </Text>
                </div>
                {document.latestVersion && (
                  <ButtonLink
                    to="/members/$memberId/consent"
                    params={{ memberId }}
                    search={{ versionId: document.latestVersion.id }}
                    variant="light"
                    size="xs"
                    aria-label={`Use ${document.title}, version ${document.latestVersion.version}`}
                  >
                    Use version {document.latestVersion.version}
                  </ButtonLink>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
