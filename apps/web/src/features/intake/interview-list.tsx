import { Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { IconMessages } from "@tabler/icons-react";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { memberName } from "../../lib/member-name.ts";
import type { MyInterview } from "./types.ts";

interface InterviewListProps {
  /** names the list for screen readers, e.g. "Interviews this week" */
  label: string;
  interviews: MyInterview[] | undefined;
  error: unknown;
  onRetry: () => void;
  empty: string;
}

/** Pre-group interviews, each a link to its application; in the dashboard the applicant is named. */
export function InterviewList({ label, interviews, error, onRetry, empty }: InterviewListProps) {
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (!interviews) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label="Loading interviews">
        <Skeleton height={56} />
      </Stack>
    );
  }
  if (interviews.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" aria-label={label} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {interviews.map((interview) => (
        <li key={interview.id}>
          <Paper withBorder p="sm">
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <IconMessages size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Stack gap={0}>
                <AnchorLink to="/intake/$applicationId" params={{ applicationId: interview.id }} fw={600} size="sm">
                  {memberName(interview.member)}
                </AnchorLink>
                <Text size="sm">{interview.interviewAt ? formatDateTime(interview.interviewAt) : "—"}</Text>
                <Text size="xs" c="dimmed">
                  {interview.cohort?.name ?? interview.program.name}
                  {interview.interviewNotesAt ? " · notes recorded" : ""}
                </Text>
              </Stack>
            </Group>
          </Paper>
        </li>
      ))}
    </Stack>
  );
}
