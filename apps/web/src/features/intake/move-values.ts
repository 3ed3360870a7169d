import type { ApplicationStatus, ReferralCategory, ReferralUrgency } from "@circle/validators";
import { localClockTime, localIsoDay } from "../../lib/calendar-days.ts";
import { browserTimeZone } from "../../lib/time-zones.ts";

export interface MoveValues {
  reason: string;
  interviewDate: string;
  interviewTime: string;
  interviewerId: string;
  category: ReferralCategory | "";
  urgency: ReferralUrgency | "";
  resourceId: string;
  note: string;
  informationSharing: boolean;
}

export function blankMove(interviewAt: Date | null, interviewerId: string | undefined): MoveValues {
  // The coordinator's own clock, as toMoveInput reads the fields back.
  const zone = browserTimeZone();
  return {
    reason: "",
    interviewDate: interviewAt ? localIsoDay(interviewAt, zone) : "",
    interviewTime: interviewAt ? localClockTime(interviewAt, zone) : "",
    interviewerId: interviewerId ?? "",
    category: "",
    urgency: "",
    resourceId: "",
    note: "",
    informationSharing: false,
  };
}

export function validateMove(to: ApplicationStatus, values: MoveValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.reason.trim()) errors.reason = "Give a reason";
  if (to === "INTERVIEW_SCHEDULED") {
    if (!values.interviewDate) errors.interviewDate = "Choose the interview's date";
    if (!values.interviewTime) errors.interviewTime = "Choose the time";
    if (!values.interviewerId) errors.interviewerId = "Choose who interviews";
  }
  if (to === "REFERRED_ELSEWHERE") {
    if (!values.category) errors.category = "Choose what kind of help";
    if (!values.urgency) errors.urgency = "Choose how urgent it is";
  }
  return errors;
}

/** What intake.move receives for this step. The interview's date and time are the coordinator's local time. */
export function toMoveInput(applicationId: string, to: ApplicationStatus, values: MoveValues) {
  return {
    applicationId,
    to,
    reason: values.reason,
    ...(to === "INTERVIEW_SCHEDULED"
      ? { interviewAt: new Date(`${values.interviewDate}T${values.interviewTime}`), interviewerId: values.interviewerId }
      : {}),
    ...(to === "REFERRED_ELSEWHERE"
      ? {
          referral: {
            category: values.category as ReferralCategory,
            urgency: values.urgency as ReferralUrgency,
            resourceId: values.resourceId || null,
            note: values.note,
            informationSharing: values.informationSharing,
          },
        }
      : {}),
  };
}

const SERVER_FIELDS: Record<string, keyof MoveValues> = {
  reason: "reason",
  interviewAt: "interviewDate",
  interviewerId: "interviewerId",
  "referral.category": "category",
  "referral.urgency": "urgency",
  "referral.resourceId": "resourceId",
  "referral.note": "note",
};

/** Where the server's field errors go on this form; the rest (e.g. "to") in the failure alert. */
export function moveFieldFor(path: string): string | null {
  return SERVER_FIELDS[path] ?? null;
}
