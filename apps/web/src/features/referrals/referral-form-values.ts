import { FOLLOW_UP_DAYS, type LogReferralInput, type ReferralCategory, type ReferralUrgency } from "@circle/validators";
import type { FormErrors } from "@mantine/form";
import { addDays, todayIsoDay } from "../../lib/calendar-days.ts";
import type { Submission } from "../../lib/forms/use-form-submission.ts";

export interface ReferralFormValues {
  memberId: string;
  category: ReferralCategory | "";
  urgency: ReferralUrgency;
  /** a resource from the directory, or a one-off one named here */
  resourceFrom: "directory" | "other";
  resourceId: string;
  resourceName: string;
  resourceContact: string;
  reason: string;
  note: string;
  sharesInformation: boolean;
  informationSharing: boolean;
  warmHandoff: boolean;
  followUpOn: string;
}

/** The first follow-up by urgency: an emergency today, urgent in 2 days, routine in 14. */
export function defaultFollowUpOn(urgency: ReferralUrgency, today = todayIsoDay()): string {
  return addDays(today, FOLLOW_UP_DAYS[urgency]);
}

export function initialReferralValues(memberId = ""): ReferralFormValues {
  return {
    memberId,
    category: "",
    urgency: "ROUTINE",
    resourceFrom: "directory",
    resourceId: "",
    resourceName: "",
    resourceContact: "",
    reason: "",
    note: "",
    sharesInformation: false,
    informationSharing: false,
    warmHandoff: false,
    followUpOn: defaultFollowUpOn("ROUTINE"),
  };
}

export function toLogReferralInput(
  values: ReferralFormValues,
  submission: Submission,
  cohortId: string | undefined,
): LogReferralInput {
  const fromDirectory = values.resourceFrom === "directory";
  return {
    memberId: values.memberId,
    cohortId: cohortId ?? null,
    category: values.category as ReferralCategory,
    urgency: values.urgency,
    resourceId: fromDirectory ? values.resourceId || null : null,
    resourceName: fromDirectory ? null : values.resourceName,
    resourceContact: fromDirectory ? null : values.resourceContact,
    reason: values.reason,
    note: values.note,
    sharesInformation: values.sharesInformation,
    informationSharing: values.sharesInformation && values.informationSharing,
    warmHandoff: values.warmHandoff,
    followUpOn: values.followUpOn || null,
    idempotencyKey: submission.idempotencyKey,
  };
}

/** Choices the schema cannot word well, said in the form's words. */
export function validateReferral(values: ReferralFormValues): FormErrors {
  const errors: FormErrors = {};
  if (!values.memberId) errors.memberId = "Choose the member";
  if (!values.category) errors.category = "Choose the kind of help";
  if (values.resourceFrom === "directory" && !values.resourceId) errors.resourceId = "Choose a resource from the directory";
  if (values.resourceFrom === "other" && !values.resourceName.trim()) errors.resourceName = "Name the resource";
  return errors;
}
