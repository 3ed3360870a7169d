import type { Db, Prisma } from "@circle/db";
import type { ProgramFields, SetProgramArchivedInput, UpdateProgramInput } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";

type Tx = Prisma.TransactionClient;

/** Therapy programs always require a licensed, professional lead. */
function programData(fields: ProgramFields) {
  const therapy = fields.groupType === "THERAPY";
  return {
    ...fields,
    leadership: therapy ? ("PROFESSIONALLY_LED" as const) : fields.leadership,
    requiresLicensedLead: therapy || fields.requiresLicensedLead,
    consentDocumentId: fields.consentDocumentId ?? null,
  };
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const other = await tx.program.findUnique({ where: { name }, select: { id: true } });
  if (other && other.id !== exceptId) throw AppError.conflict("Another program already has this name", "name");
}

async function assertConsentDocument(tx: Tx, consentDocumentId: string | null | undefined) {
  if (!consentDocumentId) return;
  const doc = await tx.consentDocument.findUnique({ where: { id: consentDocumentId }, select: { id: true } });
  if (!doc) throw AppError.invalid("consentDocumentId", "That consent document does not exist");
}

export async function createProgram(db: Db, actor: Actor, fields: ProgramFields) {
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, fields.name);
    await assertConsentDocument(tx, fields.consentDocumentId);
    const program = await tx.program.create({ data: programData(fields) });
    await recordAudit(tx, actor, { action: "program.create", entityType: "Program", entityId: program.id });
    return program;
  });
}

export async function updateProgram(db: Db, actor: Actor, { programId, program: fields }: UpdateProgramInput) {
  return db.$transaction(async (tx) => {
    const existing = await tx.program.findUnique({ where: { id: programId }, select: { id: true } });
    if (!existing) throw AppError.notFound("Program");
    await assertNameFree(tx, fields.name, programId);
    await assertConsentDocument(tx, fields.consentDocumentId);
    const program = await tx.program.update({ where: { id: programId }, data: programData(fields) });
    await recordAudit(tx, actor, { action: "program.update", entityType: "Program", entityId: programId });
    return program;
  });
}

/** Programs are archived, never deleted: their cohorts and history stay readable. */
export async function setProgramArchived(db: Db, actor: Actor, { programId, archived }: SetProgramArchivedInput) {
  return db.$transaction(async (tx) => {
    const existing = await tx.program.findUnique({ where: { id: programId }, select: { id: true } });
    if (!existing) throw AppError.notFound("Program");
    const program = await tx.program.update({ where: { id: programId }, data: { archivedAt: archived ? new Date() : null } });
    await recordAudit(tx, actor, {
      action: archived ? "program.archive" : "program.restore",
      entityType: "Program",
      entityId: programId,
    });
    return program;
  });
}
