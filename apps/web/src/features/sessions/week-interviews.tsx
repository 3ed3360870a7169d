import { Stack, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";
import { InterviewList } from "../intake/interview-list.tsx";

/** The pre-group interviews the signed-in person holds in the week shown. */
export function WeekInterviews({ from, to }: { from: Date; to: Date }) {
  const trpc = useTRPC();
  const interviews = useQuery(trpc.intake.myInterviews.queryOptions({ from, to }));
  // a week without interviews says nothing: the sessions are what the page is for
  if (interviews.data?.length === 0) return null;
  return (
    <Stack gap="xs" mt="lg">
      <Title order={2} fz="h4">
        Your interviews this week
      </Title>
      <InterviewList
        label="Pre-group interviews this week"
        interviews={interviews.data}
        error={interviews.error}
        onRetry={() => void interviews.refetch()}
        empty=""
      />
    </Stack>
  );
}
