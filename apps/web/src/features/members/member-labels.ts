// For the screens not yet moved over: the labels live in lib/labels.
export {
  ENROLLMENT_STATUS_COLORS,
  ENROLLMENT_STATUS_LABELS,
  WAITLIST_STATUS_LABELS,
} from "../../lib/labels/enrollment-labels.ts";
