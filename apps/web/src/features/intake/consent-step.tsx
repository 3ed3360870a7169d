import { Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconSignature } from "@tabler/icons-react";
import { ButtonLink } from "../../components/button-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { formatDate } from "../../lib/format.ts";
import { ConsentDocumentLink } from "../consent/consent-document-link.tsx";
import { useProgramConsent } from "../consent/use-program-consent.ts";
import { StepHeading } from "./step-heading.tsx";
import type { Application } from "./types.ts";

const NOT_CURRENT = {
  none: "has not consented yet",
  withdrawn: "withdrew their consent",
  outdated: "consented to an earlier version that no longer counts",
} as const;

/** Step 1 after acceptance: current consent to the version the program requires. */
export function ConsentStep({ application }: { application: Application }) {
  const consent = useProgramConsent(application.member.id, application.program.id);
  const name = application.member.preferredName || application.member.firstName;
  const done = consent.status === "ready" && consent.standing.state === "current";
  return (
    <Stack gap="xs">
      <StepHeading number={1} done={done}>
        Record consent
      </StepHeading>
      {consent.status === "loading" && <Skeleton height={36} aria-label="Loading consent" />}
      {consent.status === "error" && <ErrorState error={consent.error} onRetry={consent.retry} />}
      {consent.status === "no-document" && (
        <Text size="sm">
          {application.program.name} has no consent document chosen, so no one can consent or enroll yet. Choose one in the
          program's settings.
        </Text>
      )}
      {consent.status === "ready" &&
        (consent.standing.state === "current" ? (
          <Text size="sm">
            {name} consented to <strong>{consent.document.title}</strong>, version {consent.standing.versionNumber}, on{" "}
            {formatDate(consent.standing.since)}.
          </Text>
        ) : (
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm" maw={460}>
              {name} {NOT_CURRENT[consent.standing.state]}. They read <strong>{consent.document.title}</strong>, version{" "}
              {consent.version.version}, before anyone records their consent.{" "}
              <ConsentDocumentLink documentId={consent.document.id}>Read the document</ConsentDocumentLink>
            </Text>
            <ButtonLink
              to="/members/$memberId/consent"
              params={{ memberId: application.member.id }}
              search={{ versionId: consent.version.id, applicationId: application.id }}
              leftSection={<IconSignature size={18} aria-hidden />}
            >
              Record consent
            </ButtonLink>
          </Group>
        ))}
    </Stack>
  );
}
