import { Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../../components/error-state.tsx";
import { SectionCard } from "../../../components/section-card.tsx";
import { useTRPC } from "../../../lib/trpc.ts";
import { EnrollmentAttendance } from "./enrollment-attendance.tsx";

/**
 * A member's attendance in each cohort the reader may see: the figures, the modules missed and
 * every session's mark with its corrections. Reading notes and corrections is audited by the server.
 */
export function MemberAttendanceCard({ memberId }: { memberId: string }) {
  const trpc = useTRPC();
  const attendance = useQuery(trpc.attendance.memberAttendance.queryOptions({ memberId }));
  return (
    <SectionCard title="Attendance">
      {attendance.error ? (
        <ErrorState error={attendance.error} onRetry={() => void attendance.refetch()} />
      ) : !attendance.data ? (
        <Stack aria-busy="true" aria-label="Loading attendance">
          <Skeleton height={72} />
          <Skeleton height={160} />
        </Stack>
      ) : attendance.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No attendance yet: not enrolled in a cohort you can see.
        </Text>
      ) : (
        <Stack gap="xl">
          {attendance.data.map((enrollment) => (
            <EnrollmentAttendance key={enrollment.enrollmentId} memberId={memberId} enrollment={enrollment} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
