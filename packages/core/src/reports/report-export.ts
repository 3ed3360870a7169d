/** A cell of an exported report: text, a number, or empty. */
export type ExportCell = string | number | null;

/** A report as rows for a spreadsheet: its columns in order and its rows, produced page by page. */
export interface ReportExport {
  columns: readonly { key: string; header: string }[];
  rows: AsyncIterable<Record<string, ExportCell>>;
}

/** A rate as a percentage with one decimal, empty when there is nothing to divide. */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}
