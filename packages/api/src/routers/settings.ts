import { readSettings, writeSettings } from "@circle/core";
import { updateSettingsInput } from "@circle/validators";
import { adminProcedure, router, signedInProcedure } from "../trpc.ts";

/** Organisation settings (at-risk window, follow-up threshold, waitlist offer length): admins. */
export const settingsRouter = router({
  get: adminProcedure.query(({ ctx }) => readSettings(ctx.db)),
  /** What every signed-in person's dashboard needs: the organisation's name and time zone. */
  // Also before a temporary password is changed: the change-password page shows times too.
  organisation: signedInProcedure.meta({ allowPendingPasswordChange: true }).query(async ({ ctx }) => {
    const { organisationName, timeZone } = await readSettings(ctx.db);
    return { name: organisationName, timeZone };
  }),
  update: adminProcedure.input(updateSettingsInput).mutation(({ ctx, input }) => writeSettings(ctx.db, ctx.actor, input)),
});
