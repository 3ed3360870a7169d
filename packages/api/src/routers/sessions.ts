import {
  cancelSession,
  listCohortSessions,
  listMyUpcomingSessions,
  listWeekSessions,
  markSessionHeld,
  rescheduleSession,
} from "@circle/core";
import { cancelSessionInput, rescheduleSessionInput, weekInput } from "@circle/validators";
import { z } from "zod";
import { cohortProcedure, router, sessionProcedure, signedInProcedure } from "../trpc.ts";

/** Sessions: read with the cohort; held, cancelled and moved by the people who run it. */
export const sessionsRouter = router({
  forCohort: cohortProcedure("read").query(({ ctx }) => listCohortSessions(ctx.db, ctx.cohort)),
  week: signedInProcedure.input(weekInput).query(({ ctx, input }) => listWeekSessions(ctx.db, ctx.actor, input)),
  mine: signedInProcedure
    .input(z.object({ from: z.date() }))
    .query(({ ctx, input }) => listMyUpcomingSessions(ctx.db, ctx.actor, input.from)),

  markHeld: sessionProcedure("run").mutation(({ ctx }) => markSessionHeld(ctx.db, ctx.actor, ctx.cohortSession)),
  cancel: sessionProcedure("run")
    .input(cancelSessionInput)
    .mutation(({ ctx, input }) => cancelSession(ctx.db, ctx.actor, ctx.cohortSession, input)),
  reschedule: sessionProcedure("run")
    .input(rescheduleSessionInput)
    .mutation(({ ctx, input }) => rescheduleSession(ctx.db, ctx.actor, ctx.cohortSession, input)),
});
