import { Skeleton, Stack, Text } from "@mantine/core";
import { ErrorState } from "../../components/error-state.tsx";
import { SessionCard } from "../sessions/session-card.tsx";
import type { SessionWithCohort } from "../sessions/types.ts";

interface SessionListProps {
  /** names the list for screen readers, e.g. "Sessions today" */
  label: string;
  sessions: SessionWithCohort[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  empty: string;
  withDate?: boolean;
}

/** A home card's sessions: each a link to its cohort's sessions, in the cohort's own time. */
export function SessionList({ label, sessions, loading, error, onRetry, empty, withDate }: SessionListProps) {
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (loading) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label="Loading sessions">
        <Skeleton height={72} />
        <Skeleton height={72} />
      </Stack>
    );
  }
  if (sessions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" aria-label={label} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {sessions.map((session) => (
        <li key={session.id}>
          <SessionCard session={session} withDate={withDate} />
        </li>
      ))}
    </Stack>
  );
}
