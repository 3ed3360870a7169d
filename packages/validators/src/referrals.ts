import { z } from "zod";
import {
  ReferralCategory,
  ReferralCloseReason,
  ReferralOutcome,
  ReferralStatus,
  ReferralUrgency,
  ResourceCost,
  ResourceKind,
} from "./enums.ts";
import { listInput, queryFlag } from "./paging.ts";
import { id, idempotencyKey } from "./people.ts";
import { text } from "./text.ts";
import { REFERRAL_SORTS, RESOURCE_SORTS } from "./vocabulary.ts";

const dateOnly = z.iso.date({ message: "Enter a date as YYYY-MM-DD" });
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, { message: `Keep it under ${max} characters` })
    .transform((v) => v || null)
    .nullable()
    .optional();

// ─── Resource directory ──────────────────────────────────────────────────────

export const resourceFields = z.object({
  name: text().trim().min(1, { message: "Enter the resource's name" }).max(200),
  kind: ResourceKind,
  phone: optionalText(60),
  website: z
    .union([z.url({ protocol: /^https?$/, message: "Enter a web address starting with https://" }), z.literal("")])
    .transform((v) => v || null)
    .nullable()
    .optional(),
  address: optionalText(300),
  hours: optionalText(200),
  languages: z
    .array(text().trim().min(1, { message: "A language cannot be empty" }).max(60))
    .max(20)
    .default([])
    .transform((list) => [...new Set(list)]),
  cost: ResourceCost.nullable().optional(),
  eligibility: optionalText(2000),
  acceptsDirectReferrals: z.boolean().default(false),
});
export type ResourceFields = z.infer<typeof resourceFields>;

export const updateResourceInput = z.object({ resourceId: id, resource: resourceFields });
export const setResourceActiveInput = z.object({ resourceId: id, active: z.boolean() });

export const listResourcesInput = listInput(RESOURCE_SORTS, "name").extend({
  kind: ResourceKind.optional(),
  cost: ResourceCost.optional(),
  language: text().trim().max(60).optional(),
  direct: queryFlag.optional(),
  /** archived resources too (admins keep the directory tidy from the same table) */
  archived: queryFlag.optional(),
});
export type ListResourcesInput = z.infer<typeof listResourcesInput>;

// ─── Referrals ───────────────────────────────────────────────────────────────

/** Days from today to the first follow-up, by urgency: an emergency is checked on the same day. */
export const FOLLOW_UP_DAYS: Record<ReferralUrgency, number> = { EMERGENCY: 0, URGENT: 2, ROUTINE: 14 };

/** What every referral records, whether logged for a member or made at intake. */
export const referralFields = z.object({
  category: ReferralCategory,
  urgency: ReferralUrgency,
  /** a resource from the directory … */
  resourceId: id.nullable().optional(),
  /** … or a one-off one */
  resourceName: optionalText(200),
  resourceContact: optionalText(300),
  /** referring means passing the member's information to the resource */
  sharesInformation: z.boolean().default(false),
  /** the member agreed to that */
  informationSharing: z.boolean().default(false),
  warmHandoff: z.boolean().default(false),
  /** the first follow-up; by default from the urgency (FOLLOW_UP_DAYS) */
  followUpOn: dateOnly.nullable().optional(),
});

function oneResource(referral: { resourceId?: string | null; resourceName?: string | null }, ctx: z.RefinementCtx) {
  if (referral.resourceId && referral.resourceName) {
    ctx.addIssue({
      code: "custom",
      path: ["resourceName"],
      message: "Choose a resource from the directory or name one, not both",
    });
  }
}

export const logReferralInput = referralFields
  .extend({
    memberId: id,
    /** the cohort the referral is made from; by default the member's cohort the referrer facilitates */
    cohortId: id.nullable().optional(),
    reason: text()
      .trim()
      .min(1, { message: "Give a short reason" })
      .max(500, { message: "Keep the reason under 500 characters" }),
    note: text().trim().max(4000).default(""),
    /** names one submission of the form: sent again (a double click, a retry), it logs nothing new */
    idempotencyKey,
  })
  .superRefine((referral, ctx) => {
    oneResource(referral, ctx);
    if (!referral.resourceId && !referral.resourceName) {
      ctx.addIssue({ code: "custom", path: ["resourceId"], message: "Choose a resource from the directory or name one" });
    }
  });
export type LogReferralInput = z.infer<typeof logReferralInput>;

/** The referral an intake decision "referred elsewhere" makes: the same fields, the resource optional. */
export const referralDraft = referralFields.extend({ note: text().trim().max(4000).default("") }).superRefine(oneResource);
export type ReferralDraft = z.infer<typeof referralDraft>;

export const moveReferralInput = z.object({
  referralId: id,
  to: ReferralStatus,
  note: text().trim().min(1, { message: "Write a short note about this step" }).max(2000),
  /** recorded with "made" when the member agrees to share their information now */
  informationSharing: z.boolean().optional(),
  /** with "closed" */
  outcome: ReferralOutcome.optional(),
  closeReason: ReferralCloseReason.optional(),
  /** the next follow-up; kept when not given, cleared when closed */
  followUpOn: dateOnly.nullable().optional(),
});
export type MoveReferralInput = z.infer<typeof moveReferralInput>;

export const listReferralsInput = listInput(REFERRAL_SORTS, "followUpOn").extend({
  /** one status, or OPEN for every referral not yet closed */
  status: z.union([ReferralStatus, z.literal("OPEN")]).optional(),
  urgency: ReferralUrgency.optional(),
  category: ReferralCategory.optional(),
  overdue: queryFlag.optional(),
  /** who logged it */
  facilitatorId: id.optional(),
  memberId: id.optional(),
});
export type ListReferralsInput = z.infer<typeof listReferralsInput>;

export const referralCountsInput = z
  .object({ from: dateOnly.optional(), to: dateOnly.optional() })
  .refine((range) => !range.from || !range.to || range.from <= range.to, {
    path: ["to"],
    message: "The end date is before the start date",
  });
