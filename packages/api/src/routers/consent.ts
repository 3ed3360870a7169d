import {
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
import { adminProcedure, router, signedInProcedure } from "../trpc.ts";

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
  record: adminProcedure.input(recordConsentInput).mutation(({ ctx, input }) => recordConsent(ctx.db, ctx.actor, input)),
  withdraw: adminProcedure.input(withdrawConsentInput).mutation(({ ctx, input }) => withdrawConsent(ctx.db, ctx.actor, input)),
});
