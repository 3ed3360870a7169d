import { Anchor, Button, Text } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { AnchorLink } from "../../../../components/anchor-link.tsx";
import { SectionCard } from "../../../../components/section-card.tsx";
import { formatCalendarDay } from "../../../../lib/format.ts";
import { timeZoneLabel } from "../../../../lib/time-zones.ts";
import { DELIVERY_LABELS } from "../../../programs/program-labels.ts";
import { scheduleInWords } from "../../cohort-schedule.ts";
import type { Cohort } from "../../types.ts";
import { Fact, FactTable } from "../fact-table.tsx";
import { EditDetailsModal } from "./edit-details-modal.tsx";

export function ScheduleCard({ cohort, canEdit }: { cohort: Cohort; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  return (
    <SectionCard
      title="Schedule and place"
      actions={
        canEdit && (
          <Button variant="subtle" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(true)}>
            Edit details
          </Button>
        )
      }
    >
      <FactTable>
        <Fact label="Program">
          <AnchorLink to="/programs/$programId" params={{ programId: cohort.program.id }} size="sm">
            {cohort.program.name}
          </AnchorLink>
        </Fact>
        <Fact label="Meets">{scheduleInWords(cohort)}</Fact>
        <Fact label="Time zone">{timeZoneLabel(cohort.timeZone)}</Fact>
        <Fact label="First session">{formatCalendarDay(cohort.startDate)}</Fact>
        <Fact label="Sessions">
          {cohort._count.sessions} in all, {cohort.heldSessions} held
        </Fact>
        <Fact label="Delivery">{DELIVERY_LABELS[cohort.program.delivery]}</Fact>
        {cohort.program.delivery !== "ONLINE" && <Fact label="Location">{cohort.location ?? <Missing />}</Fact>}
        {cohort.program.delivery !== "IN_PERSON" && (
          <Fact label="Meeting link">
            {cohort.meetingUrl ? (
              <Anchor href={cohort.meetingUrl} target="_blank" rel="noreferrer" size="sm">
                {cohort.meetingUrl}
              </Anchor>
            ) : (
              <Missing />
            )}
          </Fact>
        )}
      </FactTable>
      {editing && <EditDetailsModal cohort={cohort} onClose={() => setEditing(false)} />}
    </SectionCard>
  );
}

function Missing() {
  return (
    <Text span size="sm" c="var(--circle-warning-text)">
      Not set yet
    </Text>
  );
}
