import { hashToken, newToken } from "@circle/auth";
import { hasCalendarFeed, setCalendarTokenHash } from "@circle/core";
import { router, signedInProcedure } from "../trpc.ts";

/**
 * A facilitator's private iCalendar feed. The token is shown once, when issued; only its hash
 * is stored. Issuing a new one revokes the old URL.
 */
export const calendarRouter = router({
  status: signedInProcedure.query(async ({ ctx }) => ({ active: await hasCalendarFeed(ctx.db, ctx.actor.userId) })),
  issue: signedInProcedure.mutation(async ({ ctx }) => {
    const token = newToken();
    await setCalendarTokenHash(ctx.db, ctx.actor, hashToken(token));
    return { path: `/calendar/${token}.ics` };
  }),
  revoke: signedInProcedure.mutation(async ({ ctx }) => {
    await setCalendarTokenHash(ctx.db, ctx.actor, null);
    return { active: false };
  }),
});
