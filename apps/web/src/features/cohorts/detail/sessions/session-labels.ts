import type { SessionStatus } from "@circle/validators";
import { SESSION_STATUS_LABELS } from "@circle/validators/labels";

export { SESSION_STATUS_LABELS };

export const SESSION_STATUS_COLORS: Record<SessionStatus, string> = {
  SCHEDULED: "blue",
  HELD: "green",
  CANCELLED: "red",
};

export const SESSION_CHANGE_LABELS = {
  HELD: "Marked held",
  CANCELLED: "Cancelled",
  RESCHEDULED: "Rescheduled",
  POSTPONED: "Moved with the cohort's postponement",
  MAKE_UP_ADDED: "Added as a make-up session",
} as const;
