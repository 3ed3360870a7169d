import type { Figure } from "../report-figures.tsx";
import { formatCount, formatDays } from "../report-format.ts";
import type { IntakeReport } from "../types.ts";

export function intakeFigures({ total, waitlists }: IntakeReport): Figure[] {
  return [
    { label: "Applications", value: formatCount(total.submitted) },
    { label: "Accepted", value: formatCount(total.accepted), hint: `${formatCount(total.enrolled)} enrolled` },
    { label: "Awaiting a decision", value: formatCount(total.open) },
    { label: "Flagged", value: formatCount(total.riskFlagged), hint: "with a risk indicator" },
    {
      label: "Median time to decision",
      value: formatDays(total.medianDaysToDecision),
      hint: `90th percentile ${formatDays(total.p90DaysToDecision)}`,
    },
    {
      label: "Waiting now",
      value: formatCount(waitlists.reduce((sum, w) => sum + w.waiting, 0)),
      hint: "on every waitlist today",
    },
  ];
}

/** The funnel's stages, each counting everyone who reached it or went past it. */
export function funnelStages({ total }: IntakeReport) {
  return [
    { name: "Applied", value: total.submitted, color: "circle.3" },
    { name: "Reached screening", value: total.screened, color: "circle.4" },
    { name: "Reached interview", value: total.interviewed, color: "circle.5" },
    { name: "Accepted", value: total.accepted, color: "circle.6" },
    { name: "Enrolled", value: total.enrolled, color: "circle.8" },
  ];
}
