import type { Figure } from "../report-figures.tsx";
import { formatCount, formatRate } from "../report-format.ts";
import type { ParticipationReport } from "../types.ts";

export function participationFigures({ total }: ParticipationReport): Figure[] {
  return [
    { label: "People served", value: formatCount(total.peopleServed), hint: "attended at least once; each person once" },
    { label: "New enrollments", value: formatCount(total.newEnrollments) },
    { label: "Completions", value: formatCount(total.completions), hint: "by each program's rule" },
    { label: "Not completed", value: formatCount(total.notCompleted), hint: "cohort ended below the rule" },
    { label: "Withdrawals and drops", value: formatCount(total.withdrawals + total.drops) },
    { label: "Retention", value: formatRate(total.retentionRate), hint: "active enrollments not ended early" },
    { label: "Completion rate", value: formatRate(total.completionRate), hint: "of enrollments that ended" },
  ];
}
