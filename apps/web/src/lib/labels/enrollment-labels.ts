import type { EnrollmentStatus, WaitlistStatus } from "@circle/validators";

export const ENROLLMENT_STATUS_LABELS: Record<EnrollmentStatus, string> = {
  ENROLLED: "Enrolled",
  COMPLETED: "Completed",
  WITHDREW: "Withdrew",
  DROPPED: "Dropped",
  NOT_COMPLETED: "Did not complete",
};

export const ENROLLMENT_STATUS_COLORS: Record<EnrollmentStatus, string> = {
  ENROLLED: "green",
  COMPLETED: "teal",
  WITHDREW: "gray",
  DROPPED: "orange",
  NOT_COMPLETED: "yellow",
};

export const WAITLIST_STATUS_LABELS: Record<WaitlistStatus, string> = {
  WAITING: "Waiting",
  OFFERED: "Seat offered",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
  EXPIRED: "Offer expired",
  REMOVED: "Removed",
};
