import type { ApplicationStatus } from "@circle/validators";
import { RECOMMENDATION_LABELS } from "@circle/validators";
import { Button, Group, Stack, Text } from "@mantine/core";
import { IconCalendarPlus, IconNotes, IconThumbUp } from "@tabler/icons-react";
import { useState } from "react";
import { DetailList } from "../../components/detail-list.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { OPEN_APPLICATION_STATUSES } from "./intake-labels.ts";
import { InterviewNotesDialog } from "./interview-notes-dialog.tsx";
import { MoveApplicationModal } from "./move-application-modal.tsx";
import { RecommendDialog } from "./recommend-dialog.tsx";
import type { Application } from "./types.ts";

type Open = "SCREENING" | "INTERVIEW_SCHEDULED" | "notes" | "recommend" | null;

interface InterviewCardProps {
  application: Application;
  /** screening and scheduling from here: for those without the full "Next step" card */
  canMove: boolean;
}

/**
 * The pre-group interview: when and with whom, what it found, and the recommendation that follows
 * it (shown to the administrators who decide, with who made it).
 */
export function InterviewCard({ application, canMove }: InterviewCardProps) {
  const [open, setOpen] = useState<Open>(null);
  const isOpen = OPEN_APPLICATION_STATUSES.includes(application.status);
  const next = application.nextStatuses;
  const can = (status: ApplicationStatus) => canMove && next.includes(status);
  const rescheduling = application.status === "INTERVIEW_SCHEDULED";

  return (
    <SectionCard title="Interview and recommendation">
      <Stack gap="md">
        <DetailList
          items={[
            {
              label: "Interview",
              value: application.interviewAt
                ? `${formatDateTime(application.interviewAt)} with ${application.interviewer?.name ?? "a former user"}`
                : "Not scheduled yet",
            },
            {
              label: "Recommendation",
              value: application.recommendation
                ? `${RECOMMENDATION_LABELS[application.recommendation]}, by ${application.recommendedBy?.name ?? "a former user"}${
                    application.recommendedAt ? ` on ${formatDateTime(application.recommendedAt)}` : ""
                  }`
                : "None yet",
            },
          ]}
        />
        {application.recommendationReason && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            <strong>Why:</strong> {application.recommendationReason}
          </Text>
        )}
        {application.interviewNotes && (
          <div>
            <Text size="sm" fw={600}>
              Interview notes
            </Text>
            <Text size="xs" c="dimmed">
              By {application.interviewNotesBy?.name ?? "a former user"}
              {application.interviewNotesAt ? `, ${formatDateTime(application.interviewNotesAt)}` : ""}
            </Text>
            <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap" }}>
              {application.interviewNotes}
            </Text>
          </div>
        )}
        {isOpen && (
          <Group gap="sm">
            {can("SCREENING") && (
              <Button variant="default" onClick={() => setOpen("SCREENING")}>
                Start screening
              </Button>
            )}
            {can("INTERVIEW_SCHEDULED") && (
              <Button
                variant="default"
                leftSection={<IconCalendarPlus size={18} aria-hidden />}
                onClick={() => setOpen("INTERVIEW_SCHEDULED")}
              >
                {rescheduling ? "Reschedule interview" : "Schedule interview"}
              </Button>
            )}
            {application.interviewAt && (
              <Button variant="default" leftSection={<IconNotes size={18} aria-hidden />} onClick={() => setOpen("notes")}>
                {application.interviewNotes ? "Edit interview notes" : "Record interview notes"}
              </Button>
            )}
            <Button leftSection={<IconThumbUp size={18} aria-hidden />} onClick={() => setOpen("recommend")}>
              {application.recommendation ? "Change recommendation" : "Recommend"}
            </Button>
          </Group>
        )}
      </Stack>
      {(open === "SCREENING" || open === "INTERVIEW_SCHEDULED") && (
        <MoveApplicationModal application={application} to={open} onClose={() => setOpen(null)} />
      )}
      {open === "notes" && <InterviewNotesDialog application={application} onClose={() => setOpen(null)} />}
      {open === "recommend" && <RecommendDialog application={application} onClose={() => setOpen(null)} />}
    </SectionCard>
  );
}
