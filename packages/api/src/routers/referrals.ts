import { getReferral, listReferrals, logReferral, moveReferral, referralCounts, referralsForHome } from "@circle/core";
import { id, listReferralsInput, logReferralInput, moveReferralInput, referralCountsInput } from "@circle/validators";
import { z } from "zod";
import { roleProcedure, router, signedInProcedure } from "../trpc.ts";

const followsReferrals = roleProcedure("ADMIN", "FACILITATOR");

/**
 * Referrals: facilitators for their cohorts' members, admins all (enforced per record in core);
 * staff only the counts.
 */
export const referralsRouter = router({
  list: followsReferrals.input(listReferralsInput).query(({ ctx, input }) => listReferrals(ctx.db, ctx.actor, input)),
  /** With the reason, notes and timeline; every read is audited. */
  get: followsReferrals
    .input(z.object({ referralId: id }))
    .query(({ ctx, input }) => getReferral(ctx.db, ctx.actor, input.referralId)),
  home: followsReferrals.query(({ ctx }) => referralsForHome(ctx.db, ctx.actor)),
  counts: signedInProcedure.input(referralCountsInput).query(({ ctx, input }) => referralCounts(ctx.db, ctx.actor, input)),
  log: followsReferrals.input(logReferralInput).mutation(({ ctx, input }) => logReferral(ctx.db, ctx.actor, input)),
  move: followsReferrals.input(moveReferralInput).mutation(({ ctx, input }) => moveReferral(ctx.db, ctx.actor, input)),
});
