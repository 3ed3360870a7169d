import type { Db } from "@circle/db";
import type { Role } from "@circle/validators";
import { hashToken, newToken } from "./tokens.ts";

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
}

export interface ResolvedSession {
  sessionId: string;
  user: SignedInUser;
  expiresAt: Date;
}

// lastSeenAt is written at most this often, so ordinary page loads stay read-only.
const TOUCH_EVERY_MS = 60_000;

/** Starts a session: a fresh random token every sign-in; only its hash is stored. */
export async function startSession(
  db: Db,
  userId: string,
  policy: SessionPolicy,
  meta: { ip?: string; userAgent?: string } = {},
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + policy.maxHours * 3_600_000);
  await db.signInSession.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return { token, expiresAt };
}

/**
 * The signed-in user for a cookie token, read fresh from the database on every request so a
 * role change or deactivation takes effect at once. Null when unknown, idle too long, past its
 * absolute expiry, or the user is inactive.
 */
interface SessionRow {
  id: string;
  lastSeenAt: Date;
  expiresAt: Date;
  userId: string;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
  active: boolean;
}

export async function resolveSession(
  db: Db,
  token: string | undefined,
  policy: SessionPolicy,
  now = new Date(),
): Promise<ResolvedSession | null> {
  if (!token) return null;
  // Every signed-in request starts here: one statement (Prisma's include would send two).
  const [session] = await db.$queryRaw<SessionRow[]>`
    SELECT s."id", s."lastSeenAt", s."expiresAt",
           u."id" AS "userId", u."email", u."name", u."role"::text AS "role", u."mustChangePassword", u."active"
    FROM "SignInSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."tokenHash" = ${hashToken(token)}`;
  if (!session) return null;
  const idleLimit = session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  if (!session.active || now >= session.expiresAt || now.getTime() >= idleLimit) {
    await db.signInSession.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db.signInSession.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { userId: id, email, name, role, mustChangePassword } = session;
  return { sessionId: session.id, user: { id, email, name, role, mustChangePassword }, expiresAt: session.expiresAt };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.signInSession.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Housekeeping: expired rows are useless; any process may run this. */
export async function deleteExpiredSessions(db: Db, policy: SessionPolicy, now = new Date()): Promise<number> {
  const { count } = await db.signInSession.deleteMany({
    where: {
      OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - policy.idleMinutes * 60_000) } }],
    },
  });
  return count;
}
