import { z } from "zod";
import { CohortStatus } from "./enums.ts";
import { listInput } from "./paging.ts";
import { id } from "./people.ts";
import { text } from "./text.ts";
import { COHORT_SORTS } from "./vocabulary.ts";

const dateOnly = z.iso.date({ message: "Enter a date as YYYY-MM-DD" });
const time = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "Enter a time as HH:MM (24-hour)" });
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .transform((v) => v || null)
    .nullable()
    .optional();

export const cohortSchedule = z.object({
  startDate: dateOnly,
  weekday: z.coerce.number().int().min(1, { message: "Choose a weekday" }).max(7, { message: "Choose a weekday" }),
  startTime: time,
  timeZone: text().trim().min(1, { message: "Choose a time zone" }).max(64),
  skipDates: z.array(dateOnly).max(52).default([]),
});

export const cohortFacilitators = z
  .object({
    leadId: id,
    coFacilitatorIds: z.array(id).max(6).default([]),
  })
  .refine((f) => !f.coFacilitatorIds.includes(f.leadId), {
    path: ["coFacilitatorIds"],
    message: "The lead cannot also be a co-facilitator",
  });

export const cohortDetails = z.object({
  name: text().trim().min(1, { message: "Enter the cohort's name" }).max(120),
  location: optionalText(300),
  meetingUrl: z
    .union([z.url({ protocol: /^https?$/, message: "Enter a web address starting with https://" }), z.literal("")])
    .transform((v) => v || null)
    .nullable()
    .optional(),
  capacity: z.coerce.number().int().min(1, { message: "Capacity must be at least 1" }).max(200).optional(),
  minimumEnrollment: z.coerce.number().int().min(1, { message: "Minimum enrollment must be at least 1" }).max(200).optional(),
});

export const previewCohortInput = cohortSchedule.extend({ programId: id });

export const createCohortInput = cohortSchedule
  .extend({ programId: id })
  .extend(cohortDetails.shape)
  .extend({ facilitators: cohortFacilitators });
export type CreateCohortInput = z.infer<typeof createCohortInput>;

export const updateCohortInput = z.object({ cohortId: id }).extend(cohortDetails.shape);
export type UpdateCohortInput = z.infer<typeof updateCohortInput>;
export const setFacilitatorsInput = z.object({ cohortId: id, facilitators: cohortFacilitators });
export type SetFacilitatorsInput = z.infer<typeof setFacilitatorsInput>;
export const changeCohortStatusInput = z.object({
  cohortId: id,
  status: CohortStatus,
  reason: text().trim().min(1, { message: "Say why" }).max(1000),
});
export const postponeCohortInput = z.object({
  cohortId: id,
  weeks: z.coerce.number().int().min(1, { message: "Postpone by at least one week" }).max(26),
  reason: text().trim().min(1, { message: "Say why" }).max(1000),
});
export type ChangeCohortStatusInput = z.infer<typeof changeCohortStatusInput>;
export type PostponeCohortInput = z.infer<typeof postponeCohortInput>;
export const confirmGoInput = z.object({ cohortId: id, reason: text().trim().max(1000).default("") });
export type ConfirmGoInput = z.infer<typeof confirmGoInput>;

export const listCohortsInput = listInput(COHORT_SORTS, "startDate").extend({
  status: CohortStatus.optional(),
  programId: id.optional(),
  facilitatorId: id.optional(),
  startFrom: dateOnly.optional(),
  startTo: dateOnly.optional(),
});
export type ListCohortsInput = z.infer<typeof listCohortsInput>;

// ─── Sessions ────────────────────────────────────────────────────────────────
export const sessionRef = z.object({ sessionId: id });
export const cancelSessionInput = z.object({
  sessionId: id,
  reason: text().trim().min(1, { message: "Say why the session is cancelled" }).max(1000),
  addMakeUp: z.boolean().default(false),
});
export const rescheduleSessionInput = z.object({
  sessionId: id,
  /** new local date and time in the cohort's time zone */
  date: dateOnly,
  time,
  /** also move every later scheduled session by the same number of days */
  moveLaterSessions: z.boolean().default(false),
  reason: text().trim().max(1000).default(""),
});
export const weekInput = z.object({
  /** any date in the week to show; the week runs Monday to Sunday in `timeZone` */
  weekOf: dateOnly,
  /** the viewer's time zone, so a Sunday-evening session stays in its week (default UTC) */
  timeZone: text().trim().max(64).optional(),
  facilitatorId: id.optional(),
  programId: id.optional(),
  location: text().trim().max(300).optional(),
});
export type WeekInput = z.infer<typeof weekInput>;

const whole = (min: number, max: number, unit: string) =>
  z.coerce
    .number()
    .int()
    .min(min, { message: `Choose from ${min} to ${max} ${unit}` })
    .max(max, { message: `Choose from ${min} to ${max} ${unit}` });

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone ("America/New_York") the runtime knows. */
export const ianaTimeZone = text()
  .trim()
  .min(1, { message: "Choose a time zone" })
  .max(64)
  .refine(isKnownTimeZone, { message: "Choose a time zone from the list" });

/** Organisation settings an admin changes; any subset at once. */
export const updateSettingsInput = z.object({
  /** the default for new cohorts, and the zone of every time that belongs to no cohort */
  timeZone: ianaTimeZone.optional(),
  cohortAtRiskDays: whole(1, 90, "days").optional(),
  followUpAfterAbsences: whole(1, 10, "absences").optional(),
  waitlistOfferDays: whole(1, 30, "days").optional(),
  /** printed on attendance letters */
  organisationName: text().trim().max(160, { message: "Keep the name under 160 characters" }).optional(),
});
