import type { AttendanceStatus, FollowUpOutcome } from "@circle/validators";
import { ATTENDANCE_STATUS_LABELS as ATTENDANCE_LABELS } from "@circle/validators/labels";

export { ATTENDANCE_LABELS };

const mark = (status: AttendanceStatus, key: string, color: string) => ({ status, label: ATTENDANCE_LABELS[status], key, color });

/** Each status with the key that marks it on the sheet, its colour and a letter for the grid. */
export const ATTENDANCE_STATUSES: readonly { status: AttendanceStatus; label: string; key: string; color: string }[] = [
  mark("PRESENT", "P", "teal"),
  mark("LATE", "L", "yellow"),
  mark("LEFT_EARLY", "E", "orange"),
  mark("EXCUSED", "X", "blue"),
  mark("ABSENT", "A", "red"),
];

export const ATTENDANCE_BY_KEY = new Map(ATTENDANCE_STATUSES.map((s) => [s.key, s]));
export const ATTENDANCE_BY_STATUS = new Map(ATTENDANCE_STATUSES.map((s) => [s.status, s]));

export const FOLLOW_UP_OUTCOMES: readonly { value: FollowUpOutcome; label: string }[] = [
  { value: "CONTACTED", label: "Contacted" },
  { value: "COULD_NOT_REACH", label: "Could not reach" },
  { value: "MEMBER_WITHDREW", label: "Member withdrew" },
];

/** "83%", or a dash before anything counts. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "—" : `${Math.round(rate * 100)}%`;
}
