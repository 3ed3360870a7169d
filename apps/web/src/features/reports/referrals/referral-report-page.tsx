import "@mantine/charts/styles.css";
import type { ReportFilters } from "@circle/validators";
import { BarChart } from "@mantine/charts";
import { Stack, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { CompactTable } from "../../../components/compact-table.tsx";
import { ErrorState } from "../../../components/error-state.tsx";
import { SectionCard } from "../../../components/section-card.tsx";
import { useTRPC } from "../../../lib/trpc.ts";
import { REFERRAL_CATEGORY_LABELS, REFERRAL_CLOSE_REASON_LABELS } from "../../referrals/referral-labels.ts";
import { ReportEmpty } from "../report-empty.tsx";
import { ReportFigures } from "../report-figures.tsx";
import { formatCount, formatDays } from "../report-format.ts";
import { ReportSkeleton } from "../report-skeleton.tsx";
import type { ReferralReport } from "../types.ts";
import { useReportSearch } from "../use-report-search.ts";

export function ReferralReportPage() {
  const { filters } = useReportSearch();
  return <ReferralReportView filters={filters} />;
}

function referralFigures({ total }: ReferralReport) {
  return [
    { label: "Referrals", value: formatCount(total.referrals), hint: `${formatCount(total.emergency)} emergency` },
    { label: "Closed successfully", value: formatCount(total.successful) },
    { label: "Closed unsuccessfully", value: formatCount(total.unsuccessful) },
    { label: "Open", value: formatCount(total.open) },
    { label: "Follow-up overdue", value: formatCount(total.overdue), hint: "open, follow-up date passed" },
    {
      label: "Median time to close",
      value: formatDays(total.medianDaysToClose),
      hint: `90th percentile ${formatDays(total.p90DaysToClose)}`,
    },
  ];
}

/** Referrals by category, urgency and outcome: counts only, never reasons or notes. */
export function ReferralReportView({ filters }: { filters: ReportFilters }) {
  const trpc = useTRPC();
  const report = useQuery({ ...trpc.reports.referrals.queryOptions(filters), placeholderData: keepPreviousData });
  if (report.error) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data) return <ReportSkeleton />;
  const { categories, closeReasons } = report.data;
  if (categories.length === 0) return <ReportEmpty what="No referral was logged in this period" />;
  return (
    <Stack gap="lg">
      <ReportFigures label="Referrals in the period" figures={referralFigures(report.data)} />
      <SectionCard title="Referrals per category, by urgency">
        <BarChart
          h={Math.max(180, categories.length * 48)}
          data={categories.map((c) => ({
            category: REFERRAL_CATEGORY_LABELS[c.category],
            Routine: c.routine,
            Urgent: c.urgent,
            Emergency: c.emergency,
          }))}
          dataKey="category"
          type="stacked"
          orientation="vertical"
          yAxisProps={{ width: 180 }}
          series={[
            { name: "Routine", color: "circle.6" },
            { name: "Urgent", color: "orange.6" },
            { name: "Emergency", color: "red.7" },
          ]}
          withLegend
          role="img"
          aria-label="Referrals per category by urgency; the same numbers are in the table below"
        />
      </SectionCard>
      <SectionCard title="By category">
        <CompactTable
          label="Referrals by category"
          headers={[
            "Category",
            "Referrals",
            "Routine",
            "Urgent",
            "Emergency",
            "Successful",
            "Unsuccessful",
            "Open",
            "Overdue",
            "Median to close",
          ]}
          minWidth={860}
        >
          {categories.map((c) => (
            <Table.Tr key={c.category}>
              <Table.Th scope="row" fw={600}>
                {REFERRAL_CATEGORY_LABELS[c.category]}
              </Table.Th>
              {[c.referrals, c.routine, c.urgent, c.emergency, c.successful, c.unsuccessful, c.open, c.overdue].map((n, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns in a fixed order
                <Table.Td key={i}>{formatCount(n)}</Table.Td>
              ))}
              <Table.Td>{formatDays(c.medianDaysToClose)}</Table.Td>
            </Table.Tr>
          ))}
        </CompactTable>
      </SectionCard>
      <SectionCard title="Why referrals closed unsuccessfully">
        {closeReasons.length === 0 ? (
          <Text c="dimmed">No referral closed unsuccessfully in this period.</Text>
        ) : (
          <CompactTable label="Reasons referrals closed unsuccessfully" headers={["Reason", "Referrals"]} minWidth={320}>
            {closeReasons.map((r) => (
              <Table.Tr key={r.reason}>
                <Table.Td>{REFERRAL_CLOSE_REASON_LABELS[r.reason]}</Table.Td>
                <Table.Td>{formatCount(r.count)}</Table.Td>
              </Table.Tr>
            ))}
          </CompactTable>
        )}
      </SectionCard>
    </Stack>
  );
}
