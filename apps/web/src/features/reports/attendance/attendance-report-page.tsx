import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { DataTable } from "../../../components/data-table/data-table.tsx";
import { ErrorState } from "../../../components/error-state.tsx";
import { SectionCard } from "../../../components/section-card.tsx";
import { useTRPC } from "../../../lib/trpc.ts";
import { ReportEmpty } from "../report-empty.tsx";
import { ReportFigures } from "../report-figures.tsx";
import { ReportSkeleton } from "../report-skeleton.tsx";
import { useReportSearch } from "../use-report-search.ts";
import { attendanceColumns } from "./attendance-columns.tsx";
import { attendanceFigures } from "./attendance-figures.ts";
import { AttendanceWeekChart } from "./attendance-week-chart.tsx";

export function AttendanceReportPage() {
  const trpc = useTRPC();
  const { filters, page, setPage } = useReportSearch();
  const summary = useQuery({ ...trpc.reports.attendance.queryOptions(filters), placeholderData: keepPreviousData });
  const cohorts = useQuery({
    ...trpc.reports.attendanceCohorts.queryOptions({ filters, ...page }),
    placeholderData: keepPreviousData,
  });

  if (summary.error) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  if (!summary.data) return <ReportSkeleton />;
  return (
    <>
      <ReportFigures label="Attendance in the period" figures={attendanceFigures(summary.data)} />
      <SectionCard title="Attendance per week">
        <AttendanceWeekChart weeks={summary.data.weeks} />
      </SectionCard>
      <div style={{ marginTop: "var(--mantine-spacing-lg)" }}>
        <DataTable
          label="Attendance per cohort"
          columns={attendanceColumns}
          page={cohorts.data}
          view={{ ...page, sort: "cohortStartDate", desc: false }}
          onViewChange={setPage}
          getRowId={(row) => row.cohortId}
          isFetching={cohorts.isFetching}
          error={cohorts.error}
          onRetry={() => void cohorts.refetch()}
          minWidth={1100}
          empty={<ReportEmpty what="No cohort met in this period" />}
        />
      </div>
    </>
  );
}
