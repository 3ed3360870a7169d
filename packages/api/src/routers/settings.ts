import { readSettings, writeSettings } from "@circle/core";
import { updateSettingsInput } from "@circle/validators";
import { adminProcedure, router } from "../trpc.ts";

/** Organisation settings (at-risk window, follow-up threshold, waitlist offer length): admins. */
export const settingsRouter = router({
  get: adminProcedure.query(({ ctx }) => readSettings(ctx.db)),
  update: adminProcedure.input(updateSettingsInput).mutation(({ ctx, input }) => writeSettings(ctx.db, ctx.actor, input)),
});
