import {
  attendanceCohortPage,
  attendanceSummary,
  intakeReport,
  listSavedReportViews,
  participationReport,
  referralReport,
  removeReportView,
  saveReportView,
} from "@circle/core";
import { removeReportViewInput, reportFilters, reportPageInput, saveReportViewInput } from "@circle/validators";
import { router, signedInProcedure } from "../trpc.ts";

/**
 * Reports read from the reporting database (a replica when one is configured); every role may
 * run them, and core narrows a facilitator's to their own cohorts inside each query.
 */
export const reportsRouter = router({
  attendance: signedInProcedure
    .input(reportFilters)
    .query(({ ctx, input }) => attendanceSummary(ctx.reportingDb, ctx.actor, input)),
  attendanceCohorts: signedInProcedure
    .input(reportPageInput)
    .query(({ ctx, input }) => attendanceCohortPage(ctx.reportingDb, ctx.actor, input)),
  participation: signedInProcedure
    .input(reportFilters)
    .query(({ ctx, input }) => participationReport(ctx.reportingDb, ctx.actor, input)),
  intake: signedInProcedure.input(reportFilters).query(({ ctx, input }) => intakeReport(ctx.reportingDb, ctx.actor, input)),
  referrals: signedInProcedure.input(reportFilters).query(({ ctx, input }) => referralReport(ctx.reportingDb, ctx.actor, input)),

  // Saved views are the user's own records: they live on the primary database.
  savedViews: signedInProcedure.query(({ ctx }) => listSavedReportViews(ctx.db, ctx.actor)),
  saveView: signedInProcedure.input(saveReportViewInput).mutation(({ ctx, input }) => saveReportView(ctx.db, ctx.actor, input)),
  removeView: signedInProcedure
    .input(removeReportViewInput)
    .mutation(({ ctx, input }) => removeReportView(ctx.db, ctx.actor, input)),
});
