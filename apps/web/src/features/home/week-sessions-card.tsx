import { SectionCard } from "../../components/section-card.tsx";
import { SessionList } from "./session-list.tsx";
import { useMySessions } from "./use-my-sessions.ts";

/** The facilitator's sessions over the next six days. */
export function WeekSessionsCard() {
  const { query, thisWeek } = useMySessions();
  return (
    <SectionCard title="This week">
      <SessionList
        label="Sessions in the next six days"
        sessions={thisWeek}
        loading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty="Nothing else in the next six days."
        withDate
      />
    </SectionCard>
  );
}
