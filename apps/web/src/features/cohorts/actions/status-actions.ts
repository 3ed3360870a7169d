import type { CohortStatus } from "@circle/validators";

interface StatusAction {
  /** the button that moves a cohort to this status */
  label: string;
  /** what follows, said before it happens */
  consequence: string;
  color?: string;
}

export const STATUS_ACTIONS: Record<CohortStatus, StatusAction> = {
  PLANNED: { label: "Back to planned", consequence: "It stays on the calendar but is no longer open for intake." },
  OPEN_FOR_INTAKE: {
    label: "Open for intake",
    consequence: "Applications can name it, and accepted people can be enrolled until enrollment closes.",
  },
  RUNNING: { label: "Running", consequence: "A cohort starts running when its first session is marked held." },
  COMPLETED: {
    label: "Mark completed",
    consequence: "The cohort ends. Every session must be held or cancelled first; its records stay for reports.",
  },
  POSTPONED: {
    label: "Postpone",
    consequence: "Its scheduled sessions move later by the weeks you choose, keeping their local time.",
    color: "orange",
  },
  CANCELLED: {
    label: "Cancel cohort",
    consequence: "This is final: a cancelled cohort cannot be reopened. Its sessions leave calendars and the week view.",
    color: "red",
  },
};
