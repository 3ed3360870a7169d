import { readSetting, writeSetting } from "@circle/core";
import { atRiskSettingInput } from "@circle/validators";
import { adminProcedure, router } from "../trpc.ts";

export const settingsRouter = router({
  get: adminProcedure.query(async ({ ctx }) => ({
    cohortAtRiskDays: await readSetting(ctx.db, "cohortAtRiskDays"),
    followUpAfterAbsences: await readSetting(ctx.db, "followUpAfterAbsences"),
  })),
  setAtRiskDays: adminProcedure.input(atRiskSettingInput).mutation(async ({ ctx, input }) => ({
    cohortAtRiskDays: await writeSetting(ctx.db, ctx.actor, "cohortAtRiskDays", input.days),
  })),
});
