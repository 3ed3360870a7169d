import type { Db } from "@circle/db";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { lockKeys } from "../transactions/lock-rows.ts";

// The first administrator is created through a one-time link the server prints while there is
// none: only the token's sha256 is stored, so several server processes agree on which links
// are valid, and all of them die with the first administrator.

const LINK_NOT_VALID = "This setup link is not valid: use the link the server printed when it started";

export async function hasAdministrator(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { role: "ADMIN" } })) > 0;
}

/** Stores a new setup link's token hash, unless an administrator exists (then false). */
export async function issueSetupToken(db: Db, tokenHash: string): Promise<boolean> {
  if (await hasAdministrator(db)) return false;
  await db.setupToken.create({ data: { tokenHash } });
  return true;
}

/** What the setup screen shows: whether setup is still needed, and whether this link opens it. */
export async function setupStatus(db: Db, tokenHash: string | null) {
  if (await hasAdministrator(db)) return { needed: false, linkValid: false };
  const link = tokenHash ? await db.setupToken.findUnique({ where: { tokenHash }, select: { tokenHash: true } }) : null;
  return { needed: true, linkValid: link !== null };
}

/** Refuses a link that is not (or no longer) valid; checked before the password is hashed. */
export async function assertSetupLinkValid(db: Db, tokenHash: string): Promise<void> {
  const status = await setupStatus(db, tokenHash);
  if (!status.needed) throw AppError.conflict("Circle already has an administrator: sign in instead");
  if (!status.linkValid) throw AppError.forbidden(LINK_NOT_VALID);
}

/**
 * Creates the first administrator through a setup link. Under one advisory lock, so that two
 * submissions at once (a double click, two browsers) create one administrator: the second finds
 * the first and is refused. Every setup link is used up with it.
 */
export async function createFirstAdministrator(
  db: Db,
  from: { ip?: string; userAgent?: string },
  input: { tokenHash: string; name: string; email: string; passwordHash: string },
) {
  return db.$transaction(async (tx) => {
    await lockKeys(tx, ["first-administrator"]);
    if ((await tx.user.count({ where: { role: "ADMIN" } })) > 0)
      throw AppError.conflict("Circle already has an administrator: sign in instead");
    const link = await tx.setupToken.findUnique({ where: { tokenHash: input.tokenHash }, select: { tokenHash: true } });
    if (!link) throw AppError.forbidden(LINK_NOT_VALID);
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw AppError.conflict("Another account already uses this email", "email");
    const user = await tx.user.create({
      data: { name: input.name, email: input.email, role: "ADMIN", passwordHash: input.passwordHash, mustChangePassword: false },
      select: { id: true, name: true, email: true, role: true },
    });
    await tx.setupToken.deleteMany({});
    await recordAudit(
      tx,
      { ...from, userId: user.id },
      { action: "user.create", entityType: "User", entityId: user.id, details: { role: "ADMIN", through: "setup link" } },
    );
    return user;
  });
}
