import type { ReportFilters } from "@circle/validators";
import { Button } from "@mantine/core";
import { IconDownload, IconPrinter } from "@tabler/icons-react";
import { ButtonLink } from "../../components/button-link.tsx";
import type { ReportPage } from "./report-kinds.ts";
import { exportHref, searchOf } from "./report-search.ts";
import { SaveViewButton } from "./save-view-button.tsx";

/** Download as CSV (from the server, in the same scope), open the print view, save the view. */
export function ReportActions({ report, filters }: { report: ReportPage; filters: ReportFilters }) {
  return (
    <>
      <Button component="a" href={exportHref(report.kind, filters)} download leftSection={<IconDownload size={16} aria-hidden />}>
        Download CSV
      </Button>
      <ButtonLink
        to="/print/$report"
        params={{ report: report.kind }}
        search={searchOf(filters)}
        variant="default"
        leftSection={<IconPrinter size={16} aria-hidden />}
      >
        Print view
      </ButtonLink>
      <SaveViewButton report={report.kind} filters={filters} />
    </>
  );
}
