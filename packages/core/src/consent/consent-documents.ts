import type { Db } from "@circle/db";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { lockRow } from "../transactions/lock-rows.ts";
import { minimumCurrentVersion } from "./consent-status.ts";

/** A new document, published as version 1. */
export async function createConsentDocument(db: Db, actor: Actor, input: { title: string; body: string }) {
  return db.$transaction(async (tx) => {
    const existing = await tx.consentDocument.findUnique({ where: { title: input.title }, select: { id: true } });
    if (existing)
      throw AppError.conflict("A consent document with this title exists; publish a new version of it instead", "title");
    const document = await tx.consentDocument.create({
      data: {
        title: input.title,
        versions: { create: { version: 1, body: input.body, requiresReconsent: true, publishedById: actor.userId } },
      },
    });
    await recordAudit(tx, actor, { action: "consent.create_document", entityType: "ConsentDocument", entityId: document.id });
    return document;
  });
}

/** Publishes the next version. Earlier versions are never changed: their text stays as signed. */
export async function publishConsentVersion(
  db: Db,
  actor: Actor,
  input: { documentId: string; body: string; requiresReconsent: boolean },
) {
  return db.$transaction(async (tx) => {
    if (!(await lockRow(tx, "ConsentDocument", input.documentId))) throw AppError.notFound("Consent document");
    const latest = await tx.consentDocumentVersion.findFirst({
      where: { documentId: input.documentId },
      orderBy: { version: "desc" },
    });
    if (latest?.body === input.body) throw AppError.invalid("body", "The text is the same as the current version");
    const version = await tx.consentDocumentVersion.create({
      data: {
        documentId: input.documentId,
        version: (latest?.version ?? 0) + 1,
        body: input.body,
        requiresReconsent: input.requiresReconsent,
        publishedById: actor.userId,
      },
    });
    await tx.consentDocument.update({ where: { id: input.documentId }, data: { updatedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: "consent.publish_version",
      entityType: "ConsentDocument",
      entityId: input.documentId,
      details: { version: version.version, requiresReconsent: input.requiresReconsent },
    });
    return version;
  });
}

export async function listConsentDocuments(db: Db) {
  const documents = await db.consentDocument.findMany({
    orderBy: { title: "asc" },
    include: {
      versions: { orderBy: { version: "desc" }, select: { id: true, version: true, requiresReconsent: true, publishedAt: true } },
      programs: { select: { id: true, name: true } },
    },
  });
  return documents.map(({ versions, ...d }) => ({
    ...d,
    latestVersion: versions[0] ?? null,
    versionCount: versions.length,
    minimumCurrentVersion: minimumCurrentVersion(versions),
  }));
}

export async function getConsentDocument(db: Db, documentId: string) {
  const document = await db.consentDocument.findUnique({
    where: { id: documentId },
    include: {
      versions: {
        orderBy: { version: "desc" },
        include: { publishedBy: { select: { name: true } }, _count: { select: { records: true } } },
      },
      programs: { select: { id: true, name: true } },
    },
  });
  if (!document) throw AppError.notFound("Consent document");
  return { ...document, minimumCurrentVersion: minimumCurrentVersion(document.versions) };
}

/** The version a member signs today for a program: its document's latest version. */
export async function currentVersionForProgram(db: Db, programId: string) {
  const program = await db.program.findUnique({ where: { id: programId }, select: { consentDocumentId: true } });
  if (!program) throw AppError.notFound("Program");
  if (!program.consentDocumentId) return null;
  return db.consentDocumentVersion.findFirst({
    where: { documentId: program.consentDocumentId },
    orderBy: { version: "desc" },
    include: { document: { select: { id: true, title: true } } },
  });
}
