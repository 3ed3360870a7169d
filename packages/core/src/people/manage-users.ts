import type { Db, Prisma } from "@circle/db";
import type {
  AddCredentialInput,
  ChangeRoleInput,
  CreateUserInput,
  CredentialInput,
  RemoveCredentialInput,
  SetActiveInput,
  UpdateCredentialInput,
} from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { endSessionsOf } from "./end-sessions.ts";

type Tx = Prisma.TransactionClient;

function credentialData(input: CredentialInput) {
  return {
    kind: input.kind,
    title: input.title,
    number: input.number || null,
    issuer: input.issuer || null,
    expiresAt: input.expiresOn ? new Date(`${input.expiresOn}T00:00:00Z`) : null,
  };
}

async function assertEmailFree(tx: Tx, email: string, exceptUserId?: string): Promise<void> {
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing && existing.id !== exceptUserId) throw AppError.conflict("Another account already uses this email", "email");
}

/** The organisation must always keep one active administrator. */
async function assertNotLastAdmin(tx: Tx, userId: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
  if (user?.role !== "ADMIN" || !user.active) return;
  // Lock every active admin row: two admins demoting each other at once must not both succeed.
  await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  const admins = await tx.user.count({ where: { role: "ADMIN", active: true } });
  if (admins <= 1) throw AppError.conflict("This is the last active administrator; make someone else an administrator first");
}

async function findUserOrThrow(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, active: true } });
  if (!user) throw AppError.notFound("User");
  return user;
}

/** Creates an account; by default its password is temporary and must be changed at first sign-in. */
export async function createUser(
  db: Db,
  actor: Actor | null,
  input: Omit<CreateUserInput, "temporaryPassword"> & { passwordHash: string; mustChangePassword?: boolean },
) {
  return db.$transaction(async (tx) => {
    await assertEmailFree(tx, input.email);
    const user = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash: input.passwordHash,
        mustChangePassword: input.mustChangePassword ?? true,
        credentials: { create: input.credentials.map(credentialData) },
      },
      select: { id: true, name: true, email: true, role: true },
    });
    await recordAudit(tx, actor, { action: "user.create", entityType: "User", entityId: user.id, details: { role: input.role } });
    return user;
  });
}

export async function updateUser(db: Db, actor: Actor, input: { userId: string; name: string; email: string }) {
  return db.$transaction(async (tx) => {
    await findUserOrThrow(tx, input.userId);
    await assertEmailFree(tx, input.email, input.userId);
    const user = await tx.user.update({
      where: { id: input.userId },
      data: { name: input.name, email: input.email },
      select: { id: true, name: true, email: true },
    });
    await recordAudit(tx, actor, { action: "user.update", entityType: "User", entityId: user.id });
    return user;
  });
}

export async function changeRole(db: Db, actor: Actor, { userId, role }: ChangeRoleInput) {
  return db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, userId);
    if (user.role === role) return { id: userId, role };
    if (user.role === "ADMIN") await assertNotLastAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, actor, {
      action: "user.change_role",
      entityType: "User",
      entityId: userId,
      details: { from: user.role, to: role },
    });
    return { id: userId, role };
  });
}

/** Deactivating ends every session of that person at once; reactivating restores sign-in. */
export async function setUserActive(db: Db, actor: Actor, { userId, active }: SetActiveInput) {
  if (!active && userId === actor.userId) throw AppError.conflict("You cannot deactivate your own account");
  return db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, userId);
    if (user.active === active) return { id: userId, active };
    if (!active) await assertNotLastAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { active, deactivatedAt: active ? null : new Date() } });
    if (!active) await endSessionsOf(tx, userId);
    await recordAudit(tx, actor, {
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: userId,
    });
    return { id: userId, active };
  });
}

/** An admin sets a temporary password; the person is signed out and must choose a new one. */
export async function resetPassword(db: Db, actor: Actor, userId: string, passwordHash: string) {
  return db.$transaction(async (tx) => {
    await findUserOrThrow(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true } });
    await endSessionsOf(tx, userId);
    await recordAudit(tx, actor, { action: "user.reset_password", entityType: "User", entityId: userId });
    return { id: userId };
  });
}

export async function addCredential(db: Db, actor: Actor, { userId, ...input }: AddCredentialInput) {
  return db.$transaction(async (tx) => {
    await findUserOrThrow(tx, userId);
    const credential = await tx.credential.create({ data: { userId, ...credentialData(input) } });
    await recordAudit(tx, actor, {
      action: "credential.add",
      entityType: "User",
      entityId: userId,
      details: { credentialId: credential.id },
    });
    return credential;
  });
}

export async function updateCredential(db: Db, actor: Actor, { credentialId, ...input }: UpdateCredentialInput) {
  return db.$transaction(async (tx) => {
    const existing = await tx.credential.findUnique({ where: { id: credentialId }, select: { userId: true } });
    if (!existing) throw AppError.notFound("Credential");
    const credential = await tx.credential.update({ where: { id: credentialId }, data: credentialData(input) });
    await recordAudit(tx, actor, {
      action: "credential.update",
      entityType: "User",
      entityId: existing.userId,
      details: { credentialId },
    });
    return credential;
  });
}

export async function removeCredential(db: Db, actor: Actor, { credentialId }: RemoveCredentialInput) {
  return db.$transaction(async (tx) => {
    const existing = await tx.credential.findUnique({ where: { id: credentialId }, select: { userId: true } });
    if (!existing) throw AppError.notFound("Credential");
    await tx.credential.delete({ where: { id: credentialId } });
    await recordAudit(tx, actor, {
      action: "credential.remove",
      entityType: "User",
      entityId: existing.userId,
      details: { credentialId },
    });
    return { id: credentialId };
  });
}
