import { z } from "zod";
import { ApplicationStatus, Recommendation, ReferralSource, ScreeningQuestionKind } from "./enums.ts";
import { memberFields } from "./members.ts";
import { listInput, queryFlag } from "./paging.ts";
import { id, idempotencyKey } from "./people.ts";
import { referralDraft } from "./referrals.ts";
import { text } from "./text.ts";
import { APPLICATION_SORTS } from "./vocabulary.ts";

export const screeningQuestionFields = z
  .object({
    prompt: text().trim().min(1, { message: "Enter the question" }).max(500),
    kind: ScreeningQuestionKind,
    options: z
      .array(text().trim().min(1, { message: "Options cannot be empty" }).max(200))
      .max(20)
      .default([]),
    scaleMin: z.coerce.number().int().min(0).max(10).nullable().optional(),
    scaleMax: z.coerce.number().int().min(1).max(100).nullable().optional(),
    riskAnswers: z.array(text().trim().min(1).max(200)).max(20).default([]),
    riskAtOrAbove: z.coerce.number().int().nullable().optional(),
    riskLabel: text().trim().max(120).nullable().optional(),
    required: z.boolean().default(true),
  })
  .superRefine((q, ctx) => {
    const choice = q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE";
    if (choice && q.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "Give at least two options" });
    if (choice && new Set(q.options).size !== q.options.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "Options must be different" });
    }
    if (q.kind === "SCALE") {
      if (q.scaleMin == null || q.scaleMax == null || q.scaleMin >= q.scaleMax) {
        ctx.addIssue({ code: "custom", path: ["scaleMax"], message: "Give a scale whose maximum is above its minimum" });
      } else if (q.riskAtOrAbove != null && (q.riskAtOrAbove < q.scaleMin || q.riskAtOrAbove > q.scaleMax)) {
        ctx.addIssue({ code: "custom", path: ["riskAtOrAbove"], message: "The risk threshold must be on the scale" });
      }
    }
    const valid = q.kind === "YES_NO" ? ["yes", "no"] : choice ? q.options : [];
    for (const answer of q.riskAnswers) {
      if (!valid.includes(answer)) {
        ctx.addIssue({ code: "custom", path: ["riskAnswers"], message: `"${answer}" is not a possible answer to this question` });
      }
    }
    const flags = q.riskAnswers.length > 0 || q.riskAtOrAbove != null;
    if (flags && !q.riskLabel)
      ctx.addIssue({ code: "custom", path: ["riskLabel"], message: "Name the risk this answer indicates" });
  });
export type ScreeningQuestionFields = z.infer<typeof screeningQuestionFields>;

export const addScreeningQuestionInput = z.object({ programId: id, question: screeningQuestionFields });
export type AddScreeningQuestionInput = z.infer<typeof addScreeningQuestionInput>;
export const updateScreeningQuestionInput = z.object({ questionId: id, question: screeningQuestionFields });
export type UpdateScreeningQuestionInput = z.infer<typeof updateScreeningQuestionInput>;
export const archiveScreeningQuestionInput = z.object({ questionId: id });
export type ArchiveScreeningQuestionInput = z.infer<typeof archiveScreeningQuestionInput>;
export const reorderScreeningQuestionsInput = z.object({ programId: id, questionIds: z.array(id).min(1).max(100) });
export type ReorderScreeningQuestionsInput = z.infer<typeof reorderScreeningQuestionsInput>;

/** An answer: text/choice as string, yes/no as boolean, multiple choice as strings, scale as number. */
export const screeningAnswerValue = z.union([text().max(4000), z.boolean(), z.number(), z.array(text().max(200)).max(20)]);
export const screeningAnswerInput = z.object({ questionId: id, value: screeningAnswerValue });

export const applicantInput = z.union([z.object({ memberId: id }), z.object({ newMember: memberFields })]);

export const recordApplicationInput = z.object({
  applicant: applicantInput,
  programId: id,
  cohortId: id.nullable().optional(),
  referralSource: ReferralSource,
  referralSourceDetail: text().trim().max(300).nullable().optional(),
  answers: z.array(screeningAnswerInput).max(100).default([]),
  intakeNotes: text().trim().max(8000).default(""),
  idempotencyKey,
});
export type RecordApplicationInput = z.infer<typeof recordApplicationInput>;

export const moveApplicationInput = z.object({
  applicationId: id,
  to: ApplicationStatus,
  reason: text().trim().min(1, { message: "Give a reason" }).max(2000),
  /** with INTERVIEW_SCHEDULED */
  interviewAt: z.date().optional(),
  interviewerId: id.optional(),
  /** with REFERRED_ELSEWHERE */
  referral: referralDraft.optional(),
});

export const acknowledgeRiskInput = z.object({
  applicationId: id,
  note: text().trim().min(1, { message: "Write what was discussed or decided about the risk" }).max(4000),
});
export type AcknowledgeRiskInput = z.infer<typeof acknowledgeRiskInput>;

/** The pre-group interview's notes: rewritten as often as needed until the application is decided. */
export const recordInterviewNotesInput = z.object({
  applicationId: id,
  notes: text().trim().min(1, { message: "Write what the interview found" }).max(8000),
});

/** A facilitator's recommendation after the interview, with the reason an administrator reads. */
export const recommendApplicationInput = z.object({
  applicationId: id,
  recommendation: Recommendation,
  reason: text().trim().min(1, { message: "Give the reason for your recommendation" }).max(2000),
});

/** A note on a risk flag by someone who may not acknowledge it; `escalate` asks an administrator to. */
export const riskFlagNoteInput = z.object({
  applicationId: id,
  note: text().trim().min(1, { message: "Write the note" }).max(4000),
  escalate: z.boolean().default(false),
  idempotencyKey,
});

export const listApplicationsInput = listInput(APPLICATION_SORTS, "submittedAt").extend({
  /** one status, or OPEN for every application still waiting for a decision */
  status: z.union([ApplicationStatus, z.literal("OPEN")]).optional(),
  programId: id.optional(),
  cohortId: id.optional(),
  flagged: queryFlag.optional(),
  /** only applications waiting at least this many days */
  olderThanDays: z.coerce.number().int().min(0).max(365).optional(),
});
export type ListApplicationsInput = z.infer<typeof listApplicationsInput>;

// ─── Waitlist ────────────────────────────────────────────────────────────────
export const respondToOfferInput = z.object({ entryId: id, accept: z.boolean() });
export type RespondToOfferInput = z.infer<typeof respondToOfferInput>;
export const removeFromWaitlistInput = z.object({
  entryId: id,
  reason: text().trim().min(1, { message: "Give a reason" }).max(500),
});
export type RemoveFromWaitlistInput = z.infer<typeof removeFromWaitlistInput>;
