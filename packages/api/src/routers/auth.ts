import { endSession, hashPassword, startSession, verifyPassword } from "@circle/auth";
import { AppError, findUserForSignIn, getOwnProfile, getPasswordHash, recordSignIn, setOwnPassword } from "@circle/core";
import { changePasswordInput, signInInput } from "@circle/validators";
import { TRPCError } from "@trpc/server";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

const INCORRECT = "Email or password is incorrect";

export const authRouter = router({
  /** Who is signed in (null when nobody): the dashboard's first call. */
  me: publicProcedure.query(({ ctx }) => ctx.session?.user ?? null),

  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    await ctx.signInLimiter.check(input.email, ctx.ip);
    const user = await findUserForSignIn(ctx.db, input.email);
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !passwordOk || !user.active) {
      await ctx.signInLimiter.failed(input.email, ctx.ip);
      throw new TRPCError({ code: "UNAUTHORIZED", message: INCORRECT });
    }
    await ctx.signInLimiter.succeeded(input.email);
    // A new token at every sign-in; whatever session this browser had ends (no fixation).
    if (ctx.sessionToken) await endSession(ctx.db, ctx.sessionToken);
    const { token, expiresAt } = await startSession(ctx.db, user.id, ctx.sessionPolicy, { ip: ctx.ip, userAgent: ctx.userAgent });
    ctx.cookie.set(token, expiresAt);
    const profile = await getOwnProfile(ctx.db, user.id);
    await recordSignIn(ctx.db, { userId: user.id, role: profile.role, ip: ctx.ip, userAgent: ctx.userAgent });
    return {
      id: profile.id,
      name: profile.name,
      email: profile.email,
      role: profile.role,
      mustChangePassword: profile.mustChangePassword,
    };
  }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await endSession(ctx.db, ctx.sessionToken);
    ctx.cookie.clear();
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
