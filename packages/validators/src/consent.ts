import { z } from "zod";
import { ConsentMethod, EnrollmentStatus } from "./enums.ts";
import { id, idempotencyKey } from "./people.ts";
import { text } from "./text.ts";

const body = text().trim().min(20, { message: "Write the full text of the document" }).max(50_000);

export const createConsentDocumentInput = z.object({
  title: text().trim().min(1, { message: "Enter a title" }).max(160),
  body,
});
export const publishConsentVersionInput = z.object({
  documentId: id,
  body,
  /** when true, earlier consent no longer counts: current members must consent again */
  requiresReconsent: z.boolean(),
});

export const recordConsentInput = z
  .object({
    memberId: id,
    versionId: id,
    method: ConsentMethod,
    /** the typed full name, for an e-signature */
    signedName: text().trim().max(160).optional(),
    witnessName: text().trim().max(160).optional(),
    witnessedById: id.optional(),
    occurredAt: z.date().optional(),
    idempotencyKey,
  })
  .superRefine((c, ctx) => {
    if (c.method === "E_SIGNATURE" && !c.signedName) {
      ctx.addIssue({ code: "custom", path: ["signedName"], message: "Type the member's full name to sign" });
    }
    if (c.method === "VERBAL_WITH_WITNESS" && !c.witnessName && !c.witnessedById) {
      ctx.addIssue({ code: "custom", path: ["witnessName"], message: "Name the witness" });
    }
  });

export const withdrawConsentInput = z.object({
  memberId: id,
  documentId: id,
  reason: text().trim().min(1, { message: "Give the reason" }).max(2000),
  occurredAt: z.date().optional(),
});

export const enrollInput = z.object({ cohortId: id, memberId: id, applicationId: id.optional(), idempotencyKey });
export const endEnrollmentInput = z.object({
  enrollmentId: id,
  // NOT_COMPLETED is set only by completing the cohort, by its completion rule
  to: EnrollmentStatus.exclude(["ENROLLED", "NOT_COMPLETED"]),
  effectiveOn: z.iso.date({ message: "Enter a date as YYYY-MM-DD" }),
  reason: text().trim().min(1, { message: "Give the reason" }).max(2000),
});
