import "@mantine/charts/styles.css";
import type { ReportFilters } from "@circle/validators";
import { BarChart } from "@mantine/charts";
import { Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../../components/error-state.tsx";
import { SectionCard } from "../../../components/section-card.tsx";
import { useTRPC } from "../../../lib/trpc.ts";
import { ReportEmpty } from "../report-empty.tsx";
import { ReportFigures } from "../report-figures.tsx";
import { ReportSkeleton } from "../report-skeleton.tsx";
import { useReportSearch } from "../use-report-search.ts";
import { participationFigures } from "./participation-figures.ts";
import { EndReasonsTable, ParticipationTable } from "./participation-tables.tsx";

export function ParticipationReportPage() {
  const { filters } = useReportSearch();
  return <ParticipationReportView filters={filters} />;
}

/** The report itself, for the page and for the print view. */
export function ParticipationReportView({ filters }: { filters: ReportFilters }) {
  const trpc = useTRPC();
  const report = useQuery({ ...trpc.reports.participation.queryOptions(filters), placeholderData: keepPreviousData });

  if (report.error) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data) return <ReportSkeleton />;
  const rows = report.data.rows;
  const programs = rows.filter((row) => row.by === "program");
  const groupTypes = rows.filter((row) => row.by === "groupType");
  const languages = rows.filter((row) => row.by === "language");
  if (programs.length === 0) return <ReportEmpty what="Nobody was enrolled in this period" />;
  return (
    <Stack gap="lg">
      <ReportFigures label="Participation in the period" figures={participationFigures(report.data)} />
      <SectionCard title="People served and completions per program">
        <BarChart
          h={Math.max(180, programs.length * 64)}
          data={programs.map((row) => ({ program: row.programName, Served: row.peopleServed, Completed: row.completions }))}
          dataKey="program"
          orientation="vertical"
          yAxisProps={{ width: 200 }}
          series={[
            { name: "Served", color: "circle.6" },
            { name: "Completed", color: "orange.6" },
          ]}
          withLegend
          role="img"
          aria-label="People served and completions per program; the same numbers are in the table below"
        />
      </SectionCard>
      <SectionCard title="By program">
        <ParticipationTable label="Participation by program" first="Program" rows={programs} />
      </SectionCard>
      <SectionCard title="By group type">
        <ParticipationTable label="Participation by group type" first="Group type" rows={groupTypes} />
      </SectionCard>
      {languages.length > 0 && (
        <SectionCard title="By language">
          <ParticipationTable label="Participation by language" first="Language" rows={languages} />
        </SectionCard>
      )}
      <SectionCard title="Reasons for leaving early">
        {report.data.endReasons.length === 0 ? (
          <Text c="dimmed">No enrollment was withdrawn or dropped in this period.</Text>
        ) : (
          <EndReasonsTable reasons={report.data.endReasons} />
        )}
      </SectionCard>
    </Stack>
  );
}
