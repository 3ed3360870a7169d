import type { ApplicationStatus } from "@circle/validators";
import { Button, Group, Stack, Text } from "@mantine/core";
import { IconFlagFilled } from "@tabler/icons-react";
import { useState } from "react";
import { SectionCard } from "../../components/section-card.tsx";
import { APPLICATION_STATUS_LABELS, APPLICATION_STEP_LABELS } from "./intake-labels.ts";
import { MoveApplicationModal } from "./move-application-modal.tsx";
import type { Application } from "./types.ts";

// Steps that close the application read as quieter buttons than the ones that move it on.
const CLOSING: readonly ApplicationStatus[] = ["DECLINED", "REFERRED_ELSEWHERE", "WITHDRAWN"];

/** The steps the intake path allows from here, each taken with a reason. */
export function ApplicationActionsCard({ application }: { application: Application }) {
  const [moving, setMoving] = useState<ApplicationStatus | null>(null);
  const next = application.nextStatuses;
  const riskOpen = application.riskFlagged && !application.riskAcknowledgedAt;
  const forward = next.filter((status) => !CLOSING.includes(status));
  const closing = next.filter((status) => CLOSING.includes(status));

  return (
    <SectionCard title="Next step">
      {next.length === 0 ? (
        <Text size="sm" c="dimmed">
          This application is {APPLICATION_STATUS_LABELS[application.status].toLowerCase()}: its path has ended.
        </Text>
      ) : (
        <Stack gap="sm">
          <Group gap="sm">
            {forward.map((status) => (
              <Button
                key={status}
                onClick={() => setMoving(status)}
                disabled={status === "ACCEPTED" && riskOpen}
                aria-describedby={status === "ACCEPTED" && riskOpen ? "accept-blocked" : undefined}
              >
                {status === "INTERVIEW_SCHEDULED" && application.status === "INTERVIEW_SCHEDULED"
                  ? "Reschedule interview"
                  : APPLICATION_STEP_LABELS[status]}
              </Button>
            ))}
          </Group>
          {forward.includes("ACCEPTED") && riskOpen && (
            <Group id="accept-blocked" gap={6} c="red.8" wrap="nowrap" align="flex-start">
              <IconFlagFilled size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="sm">Accepting is blocked until the risk flag is acknowledged with a note.</Text>
            </Group>
          )}
          {closing.length > 0 && (
            <Group gap="sm">
              {closing.map((status) => (
                <Button key={status} variant="default" onClick={() => setMoving(status)}>
                  {APPLICATION_STEP_LABELS[status]}
                </Button>
              ))}
            </Group>
          )}
        </Stack>
      )}
      {moving && <MoveApplicationModal application={application} to={moving} onClose={() => setMoving(null)} />}
    </SectionCard>
  );
}
