import { endSession, hashPassword, SignInThrottled, verifyPassword } from "@circle/auth";
import {
  AppError,
  findUserForSignIn,
  getOwnProfile,
  getPasswordHash,
  recordRefusedSignIn,
  recordSignOut,
  setOwnPassword,
} from "@circle/core";
import { changePasswordInput, signInInput } from "@circle/validators";
import { TRPCError } from "@trpc/server";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";
import { openSession } from "./open-session.ts";

const INCORRECT = "Email or password is incorrect";

export const authRouter = router({
  /** Who is signed in (null when nobody): the dashboard's first call. */
  me: publicProcedure.query(({ ctx }) => ctx.session?.user ?? null),

  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    const attempt = { email: input.email, ip: ctx.ip, userAgent: ctx.userAgent };
    // One attempt per request: a batch of guesses would be checked before any of them counted.
    if (ctx.callsInRequest > 1) {
      await recordRefusedSignIn(ctx.db, { ...attempt, reason: "batched" });
      throw new TRPCError({ code: "BAD_REQUEST", message: "Sign in with a request of its own, not in a batch" });
    }
    try {
      await ctx.signInLimiter.attempt(input.email);
    } catch (error) {
      if (error instanceof SignInThrottled) await recordRefusedSignIn(ctx.db, { ...attempt, reason: "throttled" });
      throw error;
    }
    const user = await findUserForSignIn(ctx.db, input.email);
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !passwordOk || !user.active) {
      await recordRefusedSignIn(ctx.db, { ...attempt, userId: user?.id, reason: "incorrect" });
      await ctx.signInLimiter.failed(ctx.ip, user !== null);
      throw new TRPCError({ code: "UNAUTHORIZED", message: INCORRECT });
    }
    await ctx.signInLimiter.succeeded(input.email);
    return openSession(ctx, user.id);
  }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await endSession(ctx.db, ctx.sessionToken);
    ctx.cookie.clear();
    if (ctx.session) {
      const { user } = ctx.session;
      await recordSignOut(ctx.db, { userId: user.id, role: user.role, ip: ctx.ip, userAgent: ctx.userAgent });
    }
    return { signedOut: true };
  }),

  profile: signedInProcedure
    .meta({ allowPendingPasswordChange: true })
    .query(({ ctx }) => getOwnProfile(ctx.db, ctx.actor.userId)),

  changePassword: signedInProcedure
    .meta({ allowPendingPasswordChange: true })
    .input(changePasswordInput)
    .mutation(async ({ ctx, input }) => {
      const ok = await verifyPassword(await getPasswordHash(ctx.db, ctx.actor.userId), input.currentPassword);
      if (!ok) throw AppError.invalid("currentPassword", "Current password is incorrect");
      await setOwnPassword(ctx.db, ctx.actor, ctx.session.sessionId, await hashPassword(input.newPassword));
      return { changed: true };
    }),
});
