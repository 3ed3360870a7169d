import type { AttendanceStatus, FollowUpOutcome } from "@circle/validators";

/** Each status with the key that marks it on the sheet, its colour and a letter for the grid. */
export const ATTENDANCE_STATUSES: readonly { status: AttendanceStatus; label: string; key: string; color: string }[] = [
  { status: "PRESENT", label: "Present", key: "P", color: "teal" },
  { status: "LATE", label: "Late", key: "L", color: "yellow" },
  { status: "LEFT_EARLY", label: "Left early", key: "E", color: "orange" },
  { status: "EXCUSED", label: "Excused", key: "X", color: "blue" },
  { status: "ABSENT", label: "Absent", key: "A", color: "red" },
];

export const ATTENDANCE_LABELS = Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s.status, s.label])) as Record<
  AttendanceStatus,
  string
>;

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
