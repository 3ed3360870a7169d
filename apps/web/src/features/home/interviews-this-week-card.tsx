import { useQuery } from "@tanstack/react-query";
import { SectionCard } from "../../components/section-card.tsx";
import { startOfToday } from "../../lib/calendar-days.ts";
import { type TrpcOptions, useTRPC } from "../../lib/trpc.ts";
import { InterviewList } from "../intake/interview-list.tsx";

export function myInterviewsQuery(trpc: TrpcOptions, from = startOfToday()) {
  const to = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 7);
  return trpc.intake.myInterviews.queryOptions({ from, to });
}

/** The pre-group interviews the facilitator holds from today through the next six days. */
export function InterviewsThisWeekCard() {
  const trpc = useTRPC();
  const interviews = useQuery(myInterviewsQuery(trpc));
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
