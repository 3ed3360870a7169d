import type { Db, Prisma } from "@circle/db";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { idempotent } from "../transactions/idempotent.ts";
import { lockRow } from "../transactions/lock-rows.ts";
import { assertTakesPartInIntake } from "./intake-roles.ts";

/**
 * A note on an application's risk flag by anyone taking part in its intake, a peer facilitator
 * included, who may not acknowledge it; `escalate` puts the flag before an administrator. The
 * note does not acknowledge the flag, so acceptance stays blocked until someone qualified does.
 */
export async function addRiskFlagNote(
  db: Db,
  actor: Actor,
  input: { applicationId: string; note: string; escalate: boolean; idempotencyKey?: string },
) {
  await assertTakesPartInIntake(db, actor, input.applicationId);
  // a note sent twice (a double click, a retry) is written once
  return db.$transaction((tx) => idempotent(tx, actor, "intake.addRiskNote", input, () => addWithin(tx, actor, input)));
}

async function addWithin(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: { applicationId: string; note: string; escalate: boolean },
) {
  if (!(await lockRow(tx, "Application", input.applicationId))) throw AppError.notFound("Application");
  const application = await tx.application.findUniqueOrThrow({
    where: { id: input.applicationId },
    select: { riskFlagged: true },
  });
  if (!application.riskFlagged) throw AppError.invalid("applicationId", "This application has no risk flag");
  const note = await tx.riskFlagNote.create({
    data: { applicationId: input.applicationId, authorId: actor.userId, note: input.note, escalated: input.escalate },
    select: { id: true, escalated: true, createdAt: true },
  });
  await recordAudit(tx, actor, {
    action: input.escalate ? "application.escalate_risk" : "application.note_risk",
    entityType: "Application",
    entityId: input.applicationId,
  });
  return note;
}
