import type { Db, Prisma } from "@circle/db";
import type { MemberFields, UpdateMemberInput } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";

export async function createMemberRecord(tx: Prisma.TransactionClient, actor: Actor, fields: MemberFields, now = new Date()) {
  const member = await tx.member.create({ data: { ...fields, createdAt: now } });
  await recordAudit(tx, actor, { action: "member.create", entityType: "Member", entityId: member.id, at: now });
  return member;
}

export async function updateMember(db: Db, actor: Actor, { memberId, member: fields }: UpdateMemberInput) {
  return db.$transaction(async (tx) => {
    const existing = await tx.member.findUnique({ where: { id: memberId }, select: { id: true } });
    if (!existing) throw AppError.notFound("Member");
    const member = await tx.member.update({ where: { id: memberId }, data: fields });
    await recordAudit(tx, actor, { action: "member.update", entityType: "Member", entityId: memberId });
    return member;
  });
}
