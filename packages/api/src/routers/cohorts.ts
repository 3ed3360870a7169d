import {
  changeCohortStatus,
  confirmCohortGo,
  createCohort,
  getCohort,
  listAtRiskCohorts,
  listCohorts,
  postponeCohort,
  previewCohortSessions,
  setCohortFacilitators,
  updateCohortDetails,
} from "@circle/core";
import {
  changeCohortStatusInput,
  confirmGoInput,
  createCohortInput,
  listCohortsInput,
  postponeCohortInput,
  previewCohortInput,
  setFacilitatorsInput,
  updateCohortInput,
} from "@circle/validators";
import { adminProcedure, cohortProcedure, router, signedInProcedure } from "../trpc.ts";

/** Cohorts: facilitators reach only their own; staff read; admins set up and decide. */
export const cohortsRouter = router({
  list: signedInProcedure.input(listCohortsInput).query(({ ctx, input }) => listCohorts(ctx.db, ctx.actor, input)),
  get: cohortProcedure("read").query(({ ctx }) => getCohort(ctx.db, ctx.cohort)),
  atRisk: adminProcedure.query(({ ctx }) => listAtRiskCohorts(ctx.db)),

  preview: adminProcedure.input(previewCohortInput).query(({ ctx, input }) => previewCohortSessions(ctx.db, input)),
  create: adminProcedure.input(createCohortInput).mutation(({ ctx, input }) => createCohort(ctx.db, ctx.actor, input)),
  update: adminProcedure.input(updateCohortInput).mutation(({ ctx, input }) => updateCohortDetails(ctx.db, ctx.actor, input)),
  setFacilitators: adminProcedure
    .input(setFacilitatorsInput)
    .mutation(({ ctx, input }) => setCohortFacilitators(ctx.db, ctx.actor, input)),
  changeStatus: adminProcedure
    .input(changeCohortStatusInput)
    .mutation(({ ctx, input }) => changeCohortStatus(ctx.db, ctx.actor, input)),
  postpone: adminProcedure.input(postponeCohortInput).mutation(({ ctx, input }) => postponeCohort(ctx.db, ctx.actor, input)),
  confirmGo: adminProcedure.input(confirmGoInput).mutation(({ ctx, input }) => confirmCohortGo(ctx.db, ctx.actor, input)),
});
