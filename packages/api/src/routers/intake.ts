import {
  acknowledgeRisk,
  addScreeningQuestion,
  archiveScreeningQuestion,
  countOpenApplications,
  findPossibleDuplicates,
  getApplication,
  listApplications,
  listScreeningQuestions,
  moveApplication,
  recordApplication,
  reorderScreeningQuestions,
  updateScreeningQuestion,
} from "@circle/core";
import {
  acknowledgeRiskInput,
  addScreeningQuestionInput,
  archiveScreeningQuestionInput,
  duplicateCheckInput,
  id,
  listApplicationsInput,
  moveApplicationInput,
  recordApplicationInput,
  reorderScreeningQuestionsInput,
  updateScreeningQuestionInput,
} from "@circle/validators";
import { z } from "zod";
import { adminProcedure, router, signedInProcedure } from "../trpc.ts";

/** Intake: screening questions, applications and their path to a decision (admins). */
export const intakeRouter = router({
  questions: signedInProcedure
    .input(z.object({ programId: id }))
    .query(({ ctx, input }) => listScreeningQuestions(ctx.db, input.programId)),
  addQuestion: adminProcedure
    .input(addScreeningQuestionInput)
    .mutation(({ ctx, input }) => addScreeningQuestion(ctx.db, ctx.actor, input.programId, input.question)),
  updateQuestion: adminProcedure
    .input(updateScreeningQuestionInput)
    .mutation(({ ctx, input }) => updateScreeningQuestion(ctx.db, ctx.actor, input.questionId, input.question)),
  archiveQuestion: adminProcedure
    .input(archiveScreeningQuestionInput)
    .mutation(({ ctx, input }) => archiveScreeningQuestion(ctx.db, ctx.actor, input.questionId)),
  reorderQuestions: adminProcedure
    .input(reorderScreeningQuestionsInput)
    .mutation(({ ctx, input }) => reorderScreeningQuestions(ctx.db, ctx.actor, input.programId, input.questionIds)),

  queue: adminProcedure.input(listApplicationsInput).query(({ ctx, input }) => listApplications(ctx.db, input)),
  waiting: adminProcedure.query(({ ctx }) => countOpenApplications(ctx.db)),
  /** Screening answers included: admins, and facilitators for members of their cohorts. Audited. */
  get: signedInProcedure
    .input(z.object({ applicationId: id }))
    .query(({ ctx, input }) => getApplication(ctx.db, ctx.actor, input.applicationId)),
  possibleDuplicates: adminProcedure.input(duplicateCheckInput).query(({ ctx, input }) => findPossibleDuplicates(ctx.db, input)),
  record: adminProcedure
    .input(recordApplicationInput.extend({ confirmNotDuplicate: z.boolean().default(false) }))
    .mutation(({ ctx, input }) => recordApplication(ctx.db, ctx.actor, input)),
  move: adminProcedure.input(moveApplicationInput).mutation(({ ctx, input }) => moveApplication(ctx.db, ctx.actor, input)),
  acknowledgeRisk: adminProcedure
    .input(acknowledgeRiskInput)
    .mutation(({ ctx, input }) => acknowledgeRisk(ctx.db, ctx.actor, input.applicationId, input.note)),
});
