import type { ReportFilters } from "@circle/validators";
import { Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../../components/error-state.tsx";
import { useTRPC } from "../../../lib/trpc.ts";
import { attendanceColumns } from "../attendance/attendance-columns.tsx";
import { attendanceFigures } from "../attendance/attendance-figures.ts";
import { AttendanceWeekChart } from "../attendance/attendance-week-chart.tsx";
import { ReportFigures } from "../report-figures.tsx";
import { formatCount } from "../report-format.ts";
import { ReportSkeleton } from "../report-skeleton.tsx";
import { PrintTable } from "./print-table.tsx";
import { useAllAttendanceCohorts } from "./use-all-attendance-cohorts.ts";

/** The attendance report with every cohort's row (up to the print limit), for paper or PDF. */
export function AttendancePrint({ filters }: { filters: ReportFilters }) {
  const trpc = useTRPC();
  const summary = useQuery(trpc.reports.attendance.queryOptions(filters));
  const cohorts = useAllAttendanceCohorts(filters);
  const error = summary.error ?? cohorts.error;
  const retry = () => {
    void summary.refetch();
    void cohorts.refetch();
  };
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (!summary.data || !cohorts.data) return <ReportSkeleton />;
  const { rows, total } = cohorts.data;
  return (
    <Stack gap="md">
      <ReportFigures label="Attendance in the period" figures={attendanceFigures(summary.data)} />
      <section className="print-keep">
        <Title order={2} fz="h4" mb="xs">
          Attendance per week
        </Title>
        <AttendanceWeekChart weeks={summary.data.weeks} />
      </section>
      <section>
        <Title order={2} fz="h4" mb="xs">
          Attendance per cohort ({formatCount(total)})
        </Title>
        {rows.length === 0 ? (
          <Text c="dimmed">No cohort met in this period.</Text>
        ) : (
          <PrintTable label="Attendance per cohort" columns={attendanceColumns} rows={rows} getRowId={(row) => row.cohortId} />
        )}
        {rows.length < total && (
          <Text size="sm" mt="xs">
            The first {formatCount(rows.length)} of {formatCount(total)} cohorts are printed; the CSV download has them all.
          </Text>
        )}
      </section>
    </Stack>
  );
}
