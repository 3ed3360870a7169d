import {
  FOLLOW_UP_DAYS,
  type ReferralCloseReason,
  type ReferralOutcome,
  type ReferralStatus,
  type ReferralUrgency,
} from "@circle/validators";
import { DateTime } from "luxon";
import { AppError } from "../errors/app-error.ts";

// The closed loop: suggested → made → connected / declined by member / could not reach /
// resource declined → closed. A member may decline before anything is made, an unanswered
// referral may be made again, and a suggestion no longer needed may close at once; every other
// step records what happened before the referral closes.
const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  SUGGESTED: ["MADE", "DECLINED_BY_MEMBER", "CLOSED"],
  MADE: ["CONNECTED", "DECLINED_BY_MEMBER", "COULD_NOT_REACH", "RESOURCE_DECLINED"],
  CONNECTED: ["CLOSED"],
  DECLINED_BY_MEMBER: ["CLOSED"],
  COULD_NOT_REACH: ["MADE", "CLOSED"],
  RESOURCE_DECLINED: ["CLOSED"],
  CLOSED: [],
};

export function nextReferralStatuses(from: ReferralStatus): readonly ReferralStatus[] {
  return NEXT[from];
}

export interface ReferralStep {
  to: ReferralStatus;
  outcome?: ReferralOutcome | undefined;
  closeReason?: ReferralCloseReason | undefined;
}

export interface SharingFacts {
  /** referring passes the member's information to the resource */
  sharesInformation: boolean;
  /** the member agreed to that, before or with this step */
  agreed: boolean;
}

const words = (status: ReferralStatus) => status.toLowerCase().replaceAll("_", " ");

/** Refuses a step the loop does not allow, naming the field to correct. */
export function assertReferralStep(from: ReferralStatus, step: ReferralStep, sharing: SharingFacts): void {
  if (!NEXT[from].includes(step.to)) {
    const next = NEXT[from].map(words).join(", ");
    throw AppError.invalid(
      "to",
      `A referral that is ${words(from)} cannot become ${words(step.to)}${next ? ` (next: ${next})` : " (it is closed)"}`,
    );
  }
  if (step.to === "MADE" && sharing.sharesInformation && !sharing.agreed) {
    throw AppError.invalid("informationSharing", "The member must agree to share their information before the referral is made");
  }
  if (step.to !== "CLOSED") {
    if (step.outcome) throw AppError.invalid("outcome", "Only closing a referral records its outcome");
    if (step.closeReason) throw AppError.invalid("closeReason", "Only closing a referral records why it did not succeed");
    return;
  }
  if (!step.outcome) throw AppError.invalid("outcome", "Say whether the referral succeeded");
  if (step.outcome === "UNSUCCESSFUL" && !step.closeReason) {
    throw AppError.invalid("closeReason", "Choose why the referral did not succeed");
  }
  if (step.outcome === "SUCCESSFUL" && step.closeReason) {
    throw AppError.invalid("closeReason", "A successful referral has no reason for failing");
  }
}

/** The first follow-up's calendar day (YYYY-MM-DD) for a referral logged on `today`. */
export function defaultFollowUpOn(urgency: ReferralUrgency, today: string): string {
  return DateTime.fromISO(today, { zone: "utc" }).plus({ days: FOLLOW_UP_DAYS[urgency] }).toISODate() ?? today;
}

/**
 * Today's calendar day for follow-ups. Follow-up dates are calendar days kept in UTC (like
 * every date-only value here), so "today" and "overdue" agree wherever a referral is read.
 */
export function referralToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD day as the database's date-only value. */
export function dayValue(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
