import { useQuery } from "@tanstack/react-query";
import { SectionCard } from "../../components/section-card.tsx";
import { startOfToday } from "../../lib/calendar-days.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { InterviewList } from "../intake/interview-list.tsx";

/** The pre-group interviews the facilitator holds from today through the next six days. */
export function InterviewsThisWeekCard() {
  const trpc = useTRPC();
  const from = startOfToday();
  const to = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 7);
  const interviews = useQuery(trpc.intake.myInterviews.queryOptions({ from, to }));
  return (
    <SectionCard title="Interviews to hold">
      <InterviewList
        label="Interviews in the next seven days"
        interviews={interviews.data}
        error={interviews.error}
        onRetry={() => void interviews.refetch()}
        empty="No pre-group interviews in the next seven days."
      />
    </SectionCard>
  );
}
