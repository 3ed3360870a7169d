import { ENROLLMENT_STATUS_LABELS, type EnrollmentStatus, WAITLIST_STATUS_LABELS } from "@circle/validators";

export { ENROLLMENT_STATUS_LABELS, WAITLIST_STATUS_LABELS };

export const ENROLLMENT_STATUS_COLORS: Record<EnrollmentStatus, string> = {
  ENROLLED: "green",
  COMPLETED: "teal",
  WITHDREW: "gray",
  DROPPED: "orange",
  NOT_COMPLETED: "yellow",
};
