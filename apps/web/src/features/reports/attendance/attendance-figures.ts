import type { Figure } from "../report-figures.tsx";
import { formatCount, formatHours, formatRate } from "../report-format.ts";
import type { AttendanceSummary } from "../types.ts";

export function attendanceFigures(summary: AttendanceSummary): Figure[] {
  const { total } = summary;
  return [
    {
      label: "Sessions held",
      value: formatCount(total.sessionsHeld),
      hint: `of ${formatCount(total.sessionsScheduled)} scheduled`,
    },
    { label: "Sessions cancelled", value: formatCount(total.sessionsCancelled) },
    { label: "Attendance rate", value: formatRate(total.attendanceRate), hint: "late and left early attended; excused apart" },
    { label: "Excused absences", value: formatCount(total.excused) },
    { label: "Unique members attending", value: formatCount(total.uniqueMembersAttending), hint: "each person once" },
    { label: "Participant-hours", value: formatHours(total.participantHours) },
  ];
}
