import { z } from "zod";
import { Delivery, GroupType } from "./enums.ts";
import { pageInput, queryFlag } from "./paging.ts";
import { id } from "./people.ts";
import { text } from "./text.ts";
import { REPORT_KINDS } from "./vocabulary.ts";

export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;

const dateOnly = z.iso.date({ message: "Enter a date as YYYY-MM-DD" });
/** Ten years is far more than any funder asks for, and keeps one query from scanning forever. */
const MAX_RANGE_DAYS = 3660;

/**
 * The filters every report shares (each report uses those that apply to it). They live in the
 * URL and in saved views, so every field arrives as a string and defaults are left out.
 */
export const reportFilters = z
  .object({
    from: dateOnly,
    to: dateOnly,
    programId: id.optional(),
    cohortId: id.optional(),
    facilitatorId: id.optional(),
    groupType: GroupType.optional(),
    delivery: Delivery.optional(),
    /** participation only: break the figures down by members' language too */
    byLanguage: queryFlag.optional(),
  })
  .refine((f) => f.from <= f.to, { path: ["to"], message: "The end date must not be before the start date" })
  .refine((f) => Date.parse(f.to) - Date.parse(f.from) <= MAX_RANGE_DAYS * 86_400_000, {
    path: ["to"],
    message: "Choose a range of at most ten years",
  });
export type ReportFilters = z.infer<typeof reportFilters>;

/** One page of a report's per-cohort table. */
export const reportPageInput = z.object({
  filters: reportFilters,
  page: pageInput.shape.page,
  pageSize: pageInput.shape.pageSize,
});
export type ReportPageInput = z.infer<typeof reportPageInput>;

export const cohortGridInput = z.object({ filters: reportFilters, cohortId: id });

export const saveReportViewInput = z.object({
  name: text().trim().min(1, { message: "Name the view" }).max(80, { message: "Keep the name under 80 characters" }),
  report: ReportKind,
  filters: reportFilters,
});
export type SaveReportViewInput = z.infer<typeof saveReportViewInput>;
export const removeReportViewInput = z.object({ viewId: id });
export type RemoveReportViewInput = z.infer<typeof removeReportViewInput>;
