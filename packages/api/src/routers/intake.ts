import {
  acknowledgeRisk,
  addRiskFlagNote,
  addScreeningQuestion,
  archiveScreeningQuestion,
  countOpenApplications,
  findPossibleDuplicates,
  getApplication,
  listApplications,
  listMyInterviews,
  listScreeningQuestions,
  moveApplication,
  recommendApplication,
  recordApplication,
  recordInterviewNotes,
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
  recommendApplicationInput,
  recordApplicationInput,
  recordInterviewNotesInput,
  reorderScreeningQuestionsInput,
  riskFlagNoteInput,
  updateScreeningQuestionInput,
} from "@circle/validators";
import { z } from "zod";
import { adminProcedure, roleProcedure, router, signedInProcedure } from "../trpc.ts";

/** Admins, and facilitators for the applications of their own cohorts (core checks each record). */
const intakeProcedure = roleProcedure("ADMIN", "FACILITATOR");

/**
 * Intake: screening questions, applications and their path to a decision. Admins decide;
 * facilitators screen, interview and recommend for their own cohorts (and decide where a program
 * lets its licensed leads).
 */
export const intakeRouter = router({
  questions: signedInProcedure
    .input(z.object({ programId: id }))
    .query(({ ctx, input }) => listScreeningQuestions(ctx.db, input.programId)),
  addQuestion: adminProcedure
    .input(addScreeningQuestionInput)
    .mutation(({ ctx, input }) => addScreeningQuestion(ctx.db, ctx.actor, input)),
  updateQuestion: adminProcedure
    .input(updateScreeningQuestionInput)
    .mutation(({ ctx, input }) => updateScreeningQuestion(ctx.db, ctx.actor, input)),
  archiveQuestion: adminProcedure
    .input(archiveScreeningQuestionInput)
    .mutation(({ ctx, input }) => archiveScreeningQuestion(ctx.db, ctx.actor, input)),
  reorderQuestions: adminProcedure
    .input(reorderScreeningQuestionsInput)
    .mutation(({ ctx, input }) => reorderScreeningQuestions(ctx.db, ctx.actor, input)),

  queue: intakeProcedure.input(listApplicationsInput).query(({ ctx, input }) => listApplications(ctx.db, ctx.actor, input)),
  myInterviews: intakeProcedure
    .input(z.object({ from: z.date(), to: z.date() }))
    .query(({ ctx, input }) => listMyInterviews(ctx.db, ctx.actor, input)),
  waiting: adminProcedure.query(({ ctx }) => countOpenApplications(ctx.db)),
  /** Screening answers included: admins, and facilitators for members of their cohorts. Audited. */
  get: signedInProcedure
    .input(z.object({ applicationId: id }))
    .query(({ ctx, input }) => getApplication(ctx.db, ctx.actor, input.applicationId)),
  possibleDuplicates: adminProcedure.input(duplicateCheckInput).query(({ ctx, input }) => findPossibleDuplicates(ctx.db, input)),
  record: adminProcedure
    .input(recordApplicationInput.extend({ confirmNotDuplicate: z.boolean().default(false) }))
    .mutation(({ ctx, input }) => recordApplication(ctx.db, ctx.actor, input)),
  move: intakeProcedure.input(moveApplicationInput).mutation(({ ctx, input }) => moveApplication(ctx.db, ctx.actor, input)),
  recordInterviewNotes: intakeProcedure
    .input(recordInterviewNotesInput)
    .mutation(({ ctx, input }) => recordInterviewNotes(ctx.db, ctx.actor, input)),
  recommend: intakeProcedure
    .input(recommendApplicationInput)
    .mutation(({ ctx, input }) => recommendApplication(ctx.db, ctx.actor, input)),
  addRiskNote: intakeProcedure.input(riskFlagNoteInput).mutation(({ ctx, input }) => addRiskFlagNote(ctx.db, ctx.actor, input)),
  acknowledgeRisk: intakeProcedure
    .input(acknowledgeRiskInput)
    .mutation(({ ctx, input }) => acknowledgeRisk(ctx.db, ctx.actor, input)),
});
