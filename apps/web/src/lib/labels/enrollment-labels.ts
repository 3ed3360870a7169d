import type { EnrollmentStatus } from "@circle/validators";
import { ENROLLMENT_STATUS_LABELS, WAITLIST_STATUS_LABELS } from "@circle/validators/labels";

export { ENROLLMENT_STATUS_LABELS, WAITLIST_STATUS_LABELS };

export const ENROLLMENT_STATUS_COLORS: Record<EnrollmentStatus, string> = {
  ENROLLED: "green",
  COMPLETED: "teal",
  WITHDREW: "gray",
  DROPPED: "orange",
  NOT_COMPLETED: "yellow",
};
