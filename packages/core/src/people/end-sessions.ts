import type { Prisma } from "@circle/db";

/**
 * Signs a person out everywhere (but the session they are using, when given), inside the
 * transaction that made their old sessions untrustworthy: deactivation, a password change or reset.
 */
export async function endSessionsOf(tx: Prisma.TransactionClient, userId: string, keepSessionId?: string): Promise<void> {
  await tx.signInSession.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
}
