import type { Db, Prisma } from "@circle/db";
import type { SaveSessionNoteInput } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { lockRow } from "../transactions/lock-rows.ts";

type Tx = Prisma.TransactionClient;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Group notes are clinical records: never shown to reporting staff. */
function assertMayReadNotes(actor: Actor) {
  if (actor.role === "STAFF") throw AppError.forbidden("Reporting staff do not see session notes");
}

const noteSelect = {
  id: true,
  covered: true,
  moduleDelivered: true,
  deliveredModule: { select: { id: true, title: true, position: true } },
  carryForward: true,
  createdAt: true,
  updatedAt: true,
  writtenBy: { select: { name: true } },
  signedAt: true,
  signedBy: { select: { name: true } },
  addenda: {
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, createdAt: true, writtenBy: { select: { name: true } } },
  },
} satisfies Prisma.SessionNoteSelect;

/** Locks the session's row and reads what the note rules need; the caller proved access. */
async function lockedSessionFacts(tx: Tx, sessionId: string) {
  if (!(await lockRow(tx, "Session", sessionId))) throw AppError.notFound("Session");
  return tx.session.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      status: true,
      startsAt: true,
      cohort: {
        select: {
          program: { select: { id: true, groupType: true } },
          facilitators: { where: { role: "LEAD" }, select: { userId: true } },
        },
      },
      note: { select: { id: true, signedAt: true } },
    },
  });
}

/** In a therapy program the lead signs the note, and it is locked from then on. */
const needsSignature = (session: { cohort: { program: { groupType: string } } }) =>
  session.cohort.program.groupType === "THERAPY";

/** The session's group note with its addenda, and whether this actor may sign it; the read is audited. */
export async function getSessionNote(db: Db, actor: Actor, sessionId: string) {
  assertMayReadNotes(actor);
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      cohort: {
        select: {
          program: {
            select: {
              groupType: true,
              modules: { orderBy: { position: "asc" }, select: { id: true, title: true, position: true } },
            },
          },
          facilitators: { where: { role: "LEAD" }, select: { userId: true } },
        },
      },
      note: { select: noteSelect },
    },
  });
  if (!session) throw AppError.notFound("Session");
  if (session.note)
    await recordAudit(db, actor, { action: "session_note.read", entityType: "SessionNote", entityId: session.note.id });
  const signatureRequired = needsSignature(session);
  return {
    note: session.note,
    modules: session.cohort.program.modules,
    signatureRequired,
    maySign: signatureRequired && session.cohort.facilitators.some((f) => f.userId === actor.userId),
  };
}

/** Writes or rewrites the group note, until it is signed; after that only addenda. */
export async function saveSessionNote(db: Db, actor: Actor, input: SaveSessionNoteInput, now = new Date()) {
  assertMayReadNotes(actor);
  return db.$transaction(async (tx) => {
    const session = await lockedSessionFacts(tx, input.sessionId);
    if (session.status === "CANCELLED")
      throw AppError.invalid("sessionId", "This session was cancelled: there is nothing to note");
    if (session.startsAt.getTime() - now.getTime() > DAY_MS)
      throw AppError.invalid("sessionId", "Write the note once the session has taken place");
    if (session.note?.signedAt) throw AppError.invalid("covered", "This note is signed and locked: add an addendum instead");
    if (input.deliveredModuleId) {
      const module = await tx.programModule.findFirst({
        where: { id: input.deliveredModuleId, programId: session.cohort.program.id },
        select: { id: true },
      });
      if (!module) throw AppError.invalid("deliveredModuleId", "Choose one of this program's modules");
    }
    const fields = {
      covered: input.covered,
      moduleDelivered: input.moduleDelivered,
      deliveredModuleId: input.deliveredModuleId,
      carryForward: input.carryForward,
      writtenById: actor.userId,
    };
    const note = await tx.sessionNote.upsert({
      where: { sessionId: input.sessionId },
      create: { sessionId: input.sessionId, ...fields },
      update: fields,
      select: noteSelect,
    });
    await recordAudit(tx, actor, { action: "session_note.save", entityType: "SessionNote", entityId: note.id });
    return note;
  });
}

/** The lead signs a therapy program's note: it is locked from then on. */
export async function signSessionNote(db: Db, actor: Actor, sessionId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const session = await lockedSessionFacts(tx, sessionId);
    if (!needsSignature(session)) throw AppError.invalid("sessionId", "Only therapy programs' notes are signed");
    if (!session.cohort.facilitators.some((f) => f.userId === actor.userId))
      throw AppError.forbidden("Only the cohort's lead facilitator signs its notes");
    if (!session.note) throw AppError.invalid("sessionId", "Write the note before signing it");
    if (session.note.signedAt) throw AppError.invalid("sessionId", "This note is already signed");
    const note = await tx.sessionNote.update({
      where: { id: session.note.id },
      data: { signedAt: now, signedById: actor.userId },
      select: noteSelect,
    });
    await recordAudit(tx, actor, { action: "session_note.sign", entityType: "SessionNote", entityId: note.id });
    return note;
  });
}

/** A later addition to a signed note, with who and when; the note itself stays as signed. */
export async function addSessionNoteAddendum(db: Db, actor: Actor, input: { sessionId: string; body: string }) {
  assertMayReadNotes(actor);
  return db.$transaction(async (tx) => {
    const session = await lockedSessionFacts(tx, input.sessionId);
    if (!session.note?.signedAt) throw AppError.invalid("body", "Addenda follow a signed note; until then, edit the note itself");
    const addendum = await tx.sessionNoteAddendum.create({
      data: { noteId: session.note.id, body: input.body, writtenById: actor.userId },
      select: { id: true, body: true, createdAt: true, writtenBy: { select: { name: true } } },
    });
    await recordAudit(tx, actor, { action: "session_note.add_addendum", entityType: "SessionNote", entityId: session.note.id });
    return addendum;
  });
}
