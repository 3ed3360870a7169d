import "@mantine/charts/styles.css";
import type { ReportFilters } from "@circle/validators";
import { FunnelChart } from "@mantine/charts";
import { Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../../components/error-state.tsx";
import { SectionCard } from "../../../components/section-card.tsx";
import { useTRPC } from "../../../lib/trpc.ts";
import { ReportEmpty } from "../report-empty.tsx";
import { ReportFigures } from "../report-figures.tsx";
import { ReportSkeleton } from "../report-skeleton.tsx";
import { useReportSearch } from "../use-report-search.ts";
import { funnelStages, intakeFigures } from "./intake-figures.ts";
import { FunnelStages, IntakeCountsTable, IntakeProgramsTable, WaitlistsTable } from "./intake-tables.tsx";

export function IntakeReportPage() {
  const { filters } = useReportSearch();
  return <IntakeReportView filters={filters} />;
}

/** The report itself, for the page and for the print view. */
export function IntakeReportView({ filters }: { filters: ReportFilters }) {
  const trpc = useTRPC();
  const report = useQuery({ ...trpc.reports.intake.queryOptions(filters), placeholderData: keepPreviousData });

  if (report.error) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data) return <ReportSkeleton />;
  const stages = funnelStages(report.data);
  return (
    <Stack gap="lg">
      <ReportFigures label="Intake in the period" figures={intakeFigures(report.data)} />
      {report.data.total.submitted === 0 ? (
        <ReportEmpty what="No application was made in this period" />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <SectionCard title="Funnel">
              <Group align="center" gap="xl" wrap="wrap">
                <FunnelChart
                  data={stages}
                  size={220}
                  withLabels
                  labelsPosition="inside"
                  role="img"
                  aria-label={`Intake funnel: ${stages.map((s) => `${s.name} ${s.value}`).join(", ")}`}
                />
                <FunnelStages stages={stages} />
              </Group>
              <Text size="xs" c="dimmed">
                Each stage counts everyone who reached it or went past it.
              </Text>
            </SectionCard>
            <SectionCard title="By status and referral source">
              <IntakeCountsTable report={report.data} />
            </SectionCard>
          </SimpleGrid>
          <SectionCard title="By program">
            <IntakeProgramsTable programs={report.data.programs} />
          </SectionCard>
        </>
      )}
      <SectionCard title="Waitlists today">
        {report.data.waitlists.length === 0 ? (
          <Text c="dimmed">Nobody is waiting for a seat.</Text>
        ) : (
          <WaitlistsTable waitlists={report.data.waitlists} />
        )}
      </SectionCard>
    </Stack>
  );
}
