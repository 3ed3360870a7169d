import { readSetting, SETTING_DEFAULTS, type SettingKey, writeSetting } from "@circle/core";
import { atRiskSettingInput, updateSettingsInput } from "@circle/validators";
import { adminProcedure, router } from "../trpc.ts";

const KEYS = Object.keys(SETTING_DEFAULTS) as SettingKey[];

async function readAll(ctx: Parameters<typeof readSetting>[0]) {
  const values = await Promise.all(KEYS.map((key) => readSetting(ctx, key)));
  return Object.fromEntries(KEYS.map((key, i) => [key, values[i]])) as Record<SettingKey, number>;
}

/** Organisation settings (at-risk window, follow-up threshold, waitlist offer length): admins. */
export const settingsRouter = router({
  get: adminProcedure.query(({ ctx }) => readAll(ctx.db)),
  update: adminProcedure.input(updateSettingsInput).mutation(async ({ ctx, input }) => {
    for (const key of KEYS) {
      const value = input[key];
      if (value !== undefined) await writeSetting(ctx.db, ctx.actor, key, value);
    }
    return readAll(ctx.db);
  }),
  /** The home page's at-risk card edits only its own window. */
  setAtRiskDays: adminProcedure.input(atRiskSettingInput).mutation(async ({ ctx, input }) => ({
    cohortAtRiskDays: await writeSetting(ctx.db, ctx.actor, "cohortAtRiskDays", input.days),
  })),
});
