import { endSession, startSession } from "@circle/auth";
import { getOwnProfile, recordSignIn } from "@circle/core";
import type { Context } from "../context.ts";

/**
 * Signs a person in on this browser once they have proved who they are: a new token (whatever
 * session the browser had ends: no fixation), the sign-in on record, the cookie set.
 */
export async function openSession(ctx: Context, userId: string) {
  if (ctx.sessionToken) await endSession(ctx.db, ctx.sessionToken);
  const { token, expiresAt } = await startSession(ctx.db, userId, ctx.sessionPolicy, { ip: ctx.ip, userAgent: ctx.userAgent });
  const profile = await getOwnProfile(ctx.db, userId);
  try {
    await recordSignIn(ctx.db, { userId, role: profile.role, ip: ctx.ip, userAgent: ctx.userAgent });
  } catch (error) {
    // Fail closed: a sign-in that is not on record gives no session.
    await endSession(ctx.db, token).catch(() => {});
    throw error;
  }
  ctx.cookie.set(token, expiresAt);
  return {
    id: profile.id,
    name: profile.name,
    email: profile.email,
    role: profile.role,
    mustChangePassword: profile.mustChangePassword,
  };
}
