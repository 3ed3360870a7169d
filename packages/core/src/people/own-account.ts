import type { Db } from "@circle/db";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { endSessionsOf } from "./end-sessions.ts";

export async function getOwnProfile(db: Db, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      mustChangePassword: true,
      lastSignInAt: true,
      credentials: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!user) throw AppError.notFound("User");
  return user;
}

/** The stored hash, for the api layer to verify a current password against. */
export async function getPasswordHash(db: Db, userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw AppError.notFound("User");
  return user.passwordHash;
}

/** Sets a new password and ends the person's other sessions (a stolen cookie dies with it). */
export async function setOwnPassword(db: Db, actor: Actor, currentSessionId: string, passwordHash: string) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, mustChangePassword: false } });
    await endSessionsOf(tx, actor.userId, currentSessionId);
    await recordAudit(tx, actor, { action: "user.change_own_password", entityType: "User", entityId: actor.userId });
  });
}

export async function findUserForSignIn(db: Db, email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
}

export async function recordSignIn(db: Db, actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, actor, { action: "auth.sign_in", entityType: "User", entityId: actor.userId });
  });
}

/** A refused sign-in: wrong password, unknown or deactivated account, or too many attempts. */
export async function recordRefusedSignIn(
  db: Db,
  attempt: { email: string; userId?: string; reason: "incorrect" | "throttled" | "batched"; ip?: string; userAgent?: string },
): Promise<void> {
  await recordAudit(
    db,
    { userId: attempt.userId, ip: attempt.ip, userAgent: attempt.userAgent },
    {
      action: "auth.refuse_sign_in",
      entityType: "User",
      entityId: attempt.userId,
      details: { email: attempt.email, reason: attempt.reason },
    },
  );
}

export async function recordSignOut(db: Db, actor: Actor): Promise<void> {
  await recordAudit(db, actor, { action: "auth.sign_out", entityType: "User", entityId: actor.userId });
}
