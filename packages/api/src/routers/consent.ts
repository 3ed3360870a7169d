import {
  awaitingConsentInMyCohorts,
  createConsentDocument,
  currentVersionForProgram,
  getConsentDocument,
  listConsentDocuments,
  publishConsentVersion,
  recordConsent,
  withdrawConsent,
} from "@circle/core";
import {
  createConsentDocumentInput,
  id,
  publishConsentVersionInput,
  recordConsentInput,
  withdrawConsentInput,
} from "@circle/validators";
import { z } from "zod";
import { adminProcedure, roleProcedure, router, signedInProcedure } from "../trpc.ts";

/** Admins for anyone; facilitators for the applicants and members of their own cohorts (checked in core). */
const consentProcedure = roleProcedure("ADMIN", "FACILITATOR");

/** Consent documents (versioned, never rewritten) and consent records (append-only). */
export const consentRouter = router({
  documents: signedInProcedure.query(({ ctx }) => listConsentDocuments(ctx.db)),
  document: signedInProcedure
    .input(z.object({ documentId: id }))
    .query(({ ctx, input }) => getConsentDocument(ctx.db, input.documentId)),
  versionForProgram: signedInProcedure
    .input(z.object({ programId: id }))
    .query(({ ctx, input }) => currentVersionForProgram(ctx.db, input.programId)),
  createDocument: adminProcedure
    .input(createConsentDocumentInput)
    .mutation(({ ctx, input }) => createConsentDocument(ctx.db, ctx.actor, input)),
  publishVersion: adminProcedure
    .input(publishConsentVersionInput)
    .mutation(({ ctx, input }) => publishConsentVersion(ctx.db, ctx.actor, input)),
  record: consentProcedure.input(recordConsentInput).mutation(({ ctx, input }) => recordConsent(ctx.db, ctx.actor, input)),
  withdraw: consentProcedure.input(withdrawConsentInput).mutation(({ ctx, input }) => withdrawConsent(ctx.db, ctx.actor, input)),
  /** The facilitator's home: their cohorts before session 1 where someone still lacks consent. */
  awaitingInMyCohorts: roleProcedure("FACILITATOR").query(({ ctx }) => awaitingConsentInMyCohorts(ctx.db, ctx.actor)),
});
