import {
  endEnrollment,
  enrollMember,
  getCohortRoster,
  listCohortWaitlist,
  removeFromWaitlist,
  respondToOffer,
} from "@circle/core";
import { endEnrollmentInput, enrollInput, removeFromWaitlistInput, respondToOfferInput } from "@circle/validators";
import { adminProcedure, cohortProcedure, router } from "../trpc.ts";

/** Enrollment, with every rule enforced in core's one enrollment function; the roster and waitlist. */
export const enrollmentRouter = router({
  roster: cohortProcedure("read").query(({ ctx }) => getCohortRoster(ctx.db, ctx.actor, ctx.cohort)),
  waitlist: cohortProcedure("run").query(({ ctx }) => listCohortWaitlist(ctx.db, ctx.cohort)),
  enroll: adminProcedure.input(enrollInput).mutation(({ ctx, input }) => enrollMember(ctx.db, ctx.actor, input)),
  end: adminProcedure.input(endEnrollmentInput).mutation(({ ctx, input }) => endEnrollment(ctx.db, ctx.actor, input)),
  respondToOffer: adminProcedure
    .input(respondToOfferInput)
    .mutation(({ ctx, input }) => respondToOffer(ctx.db, ctx.actor, input)),
  removeFromWaitlist: adminProcedure
    .input(removeFromWaitlistInput)
    .mutation(({ ctx, input }) => removeFromWaitlist(ctx.db, ctx.actor, input)),
});
