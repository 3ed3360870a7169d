import "./report-print.css";
import type { ReportFilters, ReportKind } from "@circle/validators";
import { Button, Group, List, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconPrinter } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { ButtonLink } from "../../../components/button-link.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { IntakeReportView } from "../intake/intake-report-page.tsx";
import { ParticipationReportView } from "../participation/participation-report-page.tsx";
import { ReferralReportView } from "../referrals/referral-report-page.tsx";
import { reportPage } from "../report-kinds.ts";
import { filtersOf, searchOf } from "../report-search.ts";
import { AttendancePrint } from "./attendance-print.tsx";
import { useFilterSummary } from "./use-filter-summary.ts";

const route = getRouteApi("/print/$report");

const BODIES: Record<ReportKind, (props: { filters: ReportFilters }) => React.ReactNode> = {
  attendance: AttendancePrint,
  participation: ParticipationReportView,
  intake: IntakeReportView,
  referrals: ReferralReportView,
};

/** A report laid out for paper: what it is, for which filters and when, then the whole report. */
export function ReportPrintPage() {
  const { report: kind } = route.useParams();
  const filters = filtersOf(route.useSearch());
  const report = reportPage(kind);
  const summary = useFilterSummary(filters);
  const producedAt = formatDateTime(new Date());
  useDocumentTitle(`${report.label} report`);
  const Body = BODIES[kind];
  return (
    <div className="report-print">
      <Group justify="space-between" align="flex-start" mb="lg" gap="md">
        <Stack gap={4} component="header">
          <Text size="sm" c="dimmed" fw={600}>
            Circle · {report.label} report
          </Text>
          <Title order={1} fz="h2">
            {report.label}
          </Title>
          <List size="sm" listStyleType="none" spacing={0} aria-label="Filters">
            {summary.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <Text size="sm">Produced {producedAt}</Text>
        </Stack>
        <Group gap="sm" className="no-print">
          <ButtonLink
            to={report.to}
            search={searchOf(filters)}
            variant="default"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
          >
            Back to the report
          </ButtonLink>
          <Button onClick={() => window.print()} leftSection={<IconPrinter size={16} aria-hidden />}>
            Print or save as PDF
          </Button>
        </Group>
      </Group>
      <main>
        <Body filters={filters} />
      </main>
    </div>
  );
}
