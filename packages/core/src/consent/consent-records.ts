import type { Db, Prisma } from "@circle/db";
import type { ConsentMethod } from "@circle/validators";
import { deniedAsNotFound } from "../access/denied-as-not-found.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { visibleMembersWhere } from "../members/member-access.ts";
import { idempotent } from "../transactions/idempotent.ts";
import { lockRow } from "../transactions/lock-rows.ts";
import { type ConsentState, evaluateConsent } from "./consent-status.ts";

type Reader = Db | Prisma.TransactionClient;

const normalise = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

interface ConsentGiven {
  memberId: string;
  versionId: string;
  method: ConsentMethod;
  signedName?: string;
  witnessName?: string;
  witnessedById?: string;
  occurredAt?: Date;
  idempotencyKey?: string;
}

/**
 * A facilitator records consent only for the applicants and members of their own cohorts: another
 * cohort's member and a missing one are the same audited NOT_FOUND. Staff never do.
 */
async function assertMayRecordConsentFor(db: Db, actor: Actor, memberId: string): Promise<void> {
  if (actor.role === "ADMIN") return;
  if (actor.role === "STAFF") throw AppError.forbidden("Your role does not allow this");
  const member = await db.member.findFirst({
    where: { AND: [{ id: memberId }, visibleMembersWhere(actor)] },
    select: { id: true },
  });
  if (!member) throw await deniedAsNotFound(db, actor, "Member", memberId);
}

/**
 * Records a member's consent to one version. Records are append-only (enforced by the
 * database), so a form sent twice must not record twice: under one idempotency key it records once.
 */
export async function recordConsent(db: Db, actor: Actor, input: ConsentGiven) {
  await assertMayRecordConsentFor(db, actor, input.memberId);
  return db.$transaction((tx) => idempotent(tx, actor, "consent.record", input, () => recordConsentWithin(tx, actor, input)));
}

async function recordConsentWithin(tx: Prisma.TransactionClient, actor: Actor, input: ConsentGiven) {
  // A member's consent records are written one at a time (see withdrawConsent).
  if (!(await lockRow(tx, "Member", input.memberId))) throw AppError.invalid("memberId", "That member does not exist");
  const member = await tx.member.findUniqueOrThrow({
    where: { id: input.memberId },
    select: { firstName: true, lastName: true },
  });
  const version = await tx.consentDocumentVersion.findUnique({
    where: { id: input.versionId },
    select: { id: true, documentId: true },
  });
  if (!version) throw AppError.invalid("versionId", "That consent document version does not exist");
  if (input.method === "E_SIGNATURE") {
    const expected = `${member.firstName} ${member.lastName}`;
    if (normalise(input.signedName ?? "") !== normalise(expected)) {
      throw AppError.invalid("signedName", `Type the member's full name exactly as recorded: ${expected}`);
    }
  }
  if (input.witnessedById) {
    const witness = await tx.user.findUnique({ where: { id: input.witnessedById }, select: { active: true } });
    if (!witness?.active) throw AppError.invalid("witnessedById", "The witness must be an active staff account");
  }
  const occurredAt = pastOrPresent(input.occurredAt, "Consent cannot be recorded in the future");
  const record = await tx.consentRecord.create({
    data: {
      memberId: input.memberId,
      versionId: input.versionId,
      action: "GIVEN",
      method: input.method,
      signedName: input.method === "E_SIGNATURE" ? (input.signedName ?? null) : null,
      witnessName: input.witnessName || null,
      witnessedById: input.witnessedById ?? null,
      recordedById: actor.userId,
      occurredAt,
    },
  });
  await recordAudit(tx, actor, {
    action: "consent.record",
    entityType: "Member",
    entityId: input.memberId,
    details: { versionId: input.versionId, method: input.method },
  });
  return record;
}

/** When a consent record happened: the date given, or now; never ahead of the clock (5 minutes' drift allowed). */
function pastOrPresent(occurredAt: Date | undefined, refusal: string): Date {
  const when = occurredAt ?? new Date();
  if (when.getTime() > Date.now() + 5 * 60_000) throw AppError.invalid("occurredAt", refusal);
  return when;
}

/** Withdrawal is a new record against the document's latest version the member consented to. */
export async function withdrawConsent(
  db: Db,
  actor: Actor,
  input: { memberId: string; documentId: string; reason: string; occurredAt?: Date },
) {
  // a withdrawal dated ahead would void consent given before that date, for weeks, unexplained
  await assertMayRecordConsentFor(db, actor, input.memberId);
  const occurredAt = pastOrPresent(input.occurredAt, "A withdrawal cannot be dated in the future");
  return db.$transaction(async (tx) => {
    // Read under the member's lock: of two withdrawals at once, the second finds none to withdraw.
    if (!(await lockRow(tx, "Member", input.memberId))) throw AppError.invalid("memberId", "That member does not exist");
    const state = await consentStateFor(tx, input.memberId, input.documentId);
    if (!state.current) throw AppError.invalid("documentId", "There is no current consent to withdraw");
    const lastGiven = await tx.consentRecord.findFirst({
      where: { memberId: input.memberId, action: "GIVEN", version: { documentId: input.documentId } },
      orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
    });
    if (!lastGiven) throw AppError.invalid("documentId", "There is no consent to withdraw");
    const record = await tx.consentRecord.create({
      data: {
        memberId: input.memberId,
        versionId: lastGiven.versionId,
        action: "WITHDRAWN",
        reason: input.reason,
        recordedById: actor.userId,
        occurredAt,
      },
    });
    await recordAudit(tx, actor, {
      action: "consent.withdraw",
      entityType: "Member",
      entityId: input.memberId,
      details: { documentId: input.documentId },
    });
    return record;
  });
}

/** Whether a member's consent to a document is current, from the full record history. */
export async function consentStateFor(db: Reader, memberId: string, documentId: string): Promise<ConsentState> {
  const states = await consentStatesFor(db, [memberId], documentId);
  return states.get(memberId) ?? evaluateConsent([], []);
}

/** The same for many members at once (a roster): two queries, whatever the number of members. */
export async function consentStatesFor(db: Reader, memberIds: string[], documentId: string): Promise<Map<string, ConsentState>> {
  const { statesOf } = await consentStatesByDocument(db, new Map([[documentId, memberIds]]));
  return statesOf.get(documentId) ?? new Map();
}

/**
 * The same for members of several documents at once (a facilitator's cohorts of different
 * programs), with each document's latest version: still two queries, whatever the number of
 * documents and members.
 */
export async function consentStatesByDocument(
  db: Reader,
  membersOf: Map<string, string[]>,
): Promise<{ statesOf: Map<string, Map<string, ConsentState>>; latestVersionOf: Map<string, string> }> {
  const documentIds = [...membersOf.keys()];
  const memberIds = [...new Set([...membersOf.values()].flat())];
  const [versions, records] = await Promise.all([
    db.consentDocumentVersion.findMany({
      where: { documentId: { in: documentIds } },
      select: { id: true, documentId: true, version: true, requiresReconsent: true },
      orderBy: { version: "asc" },
    }),
    db.consentRecord.findMany({
      where: { memberId: { in: memberIds }, version: { documentId: { in: documentIds } } },
      select: { memberId: true, versionId: true, action: true, occurredAt: true, createdAt: true },
    }),
  ]);
  // in ascending order, the last version of each document stays
  const latestVersionOf = new Map(versions.map((v) => [v.documentId, v.id]));
  const statesOf = new Map(
    documentIds.map((documentId) => {
      const own = versions.filter((v) => v.documentId === documentId);
      const ownIds = new Set(own.map((v) => v.id));
      const states = new Map(
        (membersOf.get(documentId) ?? []).map((id) => [
          id,
          evaluateConsent(
            own,
            records.filter((r) => r.memberId === id && ownIds.has(r.versionId)),
          ),
        ]),
      );
      return [documentId, states];
    }),
  );
  return { statesOf, latestVersionOf };
}
