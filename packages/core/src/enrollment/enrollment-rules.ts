import type { CohortStatus } from "@circle/validators";
import { AppError } from "../errors/app-error.ts";

/** Everything the enrollment decision depends on, gathered inside one locked transaction. */
export interface EnrollmentFacts {
  memberName: string;
  cohortName: string;
  cohortStatus: CohortStatus;
  heldSessions: number;
  joinUntilSession: number;
  capacity: number;
  enrolled: number;
  /** seats held for other people's outstanding waitlist offers */
  heldForOffers: number;
  alreadyEnrolled: boolean;
  consent: { current: true } | { current: false; message: string };
  /** another running or upcoming cohort of the same program, overlapping in dates, the member is in */
  overlappingCohort: string | null;
  /** the application enrolled from, when there is one: this member's, and accepted? */
  application: "none" | "not-theirs" | "not-accepted" | "accepted";
  /** an application of theirs to this program carries a risk flag no one has acknowledged */
  unacknowledgedRisk: boolean;
}

export function isEnrollmentLocked(facts: Pick<EnrollmentFacts, "heldSessions" | "joinUntilSession">): boolean {
  return facts.heldSessions >= facts.joinUntilSession;
}

/**
 * The enrollment rules, in one place, each refusal with a message a coordinator can act on:
 * from an accepted application of theirs, no unacknowledged risk flag, an open cohort, before
 * its lock, with a free seat, current consent, no overlapping cohort.
 */
export function assertMayEnroll(f: EnrollmentFacts): void {
  if (f.application === "not-theirs") throw AppError.invalid("applicationId", "That application is not this member's");
  if (f.application === "not-accepted") throw AppError.invalid("applicationId", "Accept the application before enrolling");
  // A direct enrollment must not bypass intake's safety step.
  if (f.unacknowledgedRisk) {
    throw AppError.invalid(
      "memberId",
      "This person's application has a risk flag no one has acknowledged; acknowledge it before enrolling",
    );
  }
  if (f.alreadyEnrolled) throw AppError.conflict(`${f.memberName} is already enrolled in ${f.cohortName}`, "memberId");
  if (f.cohortStatus === "COMPLETED" || f.cohortStatus === "CANCELLED") {
    throw AppError.invalid("cohortId", `${f.cohortName} is ${f.cohortStatus.toLowerCase()}; no one can join it`);
  }
  if (isEnrollmentLocked(f)) {
    const which = f.joinUntilSession === 1 ? "the first session has" : `session ${f.joinUntilSession} has`;
    throw AppError.invalid("cohortId", `Enrollment in ${f.cohortName} is closed: ${which} been held, and this is a closed group`);
  }
  if (f.enrolled + f.heldForOffers >= f.capacity) {
    const held = f.heldForOffers ? ` (${f.heldForOffers} held for waitlist offers)` : "";
    throw AppError.invalid(
      "cohortId",
      `${f.cohortName} is full: ${f.enrolled} of ${f.capacity} seats taken${held}; add ${f.memberName} to the waitlist`,
    );
  }
  if (!f.consent.current) {
    throw AppError.invalid("memberId", `${f.memberName} ${f.consent.message}; record current consent before enrolling`);
  }
  if (f.overlappingCohort) {
    throw AppError.invalid(
      "memberId",
      `${f.memberName} is already enrolled in ${f.overlappingCohort}, which runs at the same time`,
    );
  }
}
