import { Outlet, useMatches } from "@tanstack/react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { ReportActions } from "./report-actions.tsx";
import { ReportFiltersBar } from "./report-filters.tsx";
import { REPORT_PAGES } from "./report-kinds.ts";
import { ReportTabNav } from "./report-tab-nav.tsx";
import { useReportSearch } from "./use-report-search.ts";

/** The reports: one header with the actions, tabs between reports (keeping the filters), the filters, the report. */
export function ReportsLayout() {
  const { filters, setFilters } = useReportSearch();
  const path = useMatches({ select: (matches) => matches.at(-1)?.fullPath });
  const report = REPORT_PAGES.find((page) => page.to === path) ?? REPORT_PAGES[0];
  if (!report) return null;
  return (
    <>
      <PageHeader
        title={report.label}
        description={report.description}
        actions={<ReportActions report={report} filters={filters} />}
      />
      <ReportTabNav />
      <ReportFiltersBar report={report} filters={filters} onChange={setFilters} />
      <Outlet />
    </>
  );
}
