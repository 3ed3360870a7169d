import {
  addSessionNoteAddendum,
  getAttendanceHome,
  getAttendanceLetter,
  getAttendanceSheet,
  getCohortProgress,
  getMemberAttendance,
  getSessionNote,
  listFollowUps,
  recordAttendance,
  recordFollowUp,
  saveSessionNote,
  signSessionNote,
} from "@circle/core";
import {
  addSessionNoteAddendumInput,
  attendanceLetterInput,
  memberAttendanceInput,
  recordAttendanceInput,
  recordFollowUpInput,
  saveSessionNoteInput,
} from "@circle/validators";
import { z } from "zod";
import { cohortProcedure, router, sessionProcedure, signedInProcedure } from "../trpc.ts";

/**
 * Attendance, progress, follow-up and session notes. Staff read sheets and progress; the
 * cohort's facilitators and admins take attendance, follow up, write notes and letters.
 */
export const attendanceRouter = router({
  sheet: sessionProcedure("read").query(({ ctx }) => getAttendanceSheet(ctx.db, ctx.actor, ctx.cohortSession)),
  record: sessionProcedure("run")
    .input(recordAttendanceInput)
    .mutation(({ ctx, input }) => recordAttendance(ctx.db, ctx.actor, ctx.cohortSession, input)),

  cohortProgress: cohortProcedure("read").query(({ ctx, input }) => getCohortProgress(ctx.db, input.cohortId)),
  memberAttendance: signedInProcedure
    .input(memberAttendanceInput)
    .query(({ ctx, input }) => getMemberAttendance(ctx.db, ctx.actor, input.memberId)),
  home: signedInProcedure
    .input(z.object({ from: z.date() }))
    .query(({ ctx, input }) => getAttendanceHome(ctx.db, ctx.actor, input.from)),

  followUps: cohortProcedure("run").query(({ ctx, input }) => listFollowUps(ctx.db, ctx.actor, { cohortId: input.cohortId })),
  recordFollowUp: cohortProcedure("run")
    .input(recordFollowUpInput)
    .mutation(({ ctx, input }) => recordFollowUp(ctx.db, ctx.actor, input)),
  letter: cohortProcedure("run")
    .input(attendanceLetterInput)
    .query(({ ctx, input }) => getAttendanceLetter(ctx.db, ctx.actor, input)),

  note: sessionProcedure("run").query(({ ctx, input }) => getSessionNote(ctx.db, ctx.actor, input.sessionId)),
  saveNote: sessionProcedure("run")
    .input(saveSessionNoteInput)
    .mutation(({ ctx, input }) => saveSessionNote(ctx.db, ctx.actor, input)),
  signNote: sessionProcedure("run").mutation(({ ctx, input }) => signSessionNote(ctx.db, ctx.actor, input.sessionId)),
  addAddendum: sessionProcedure("run")
    .input(addSessionNoteAddendumInput)
    .mutation(({ ctx, input }) => addSessionNoteAddendum(ctx.db, ctx.actor, input)),
});
