import type { ReportKind } from "@circle/validators";

export interface ReportPage {
  kind: ReportKind;
  label: string;
  to: "/reports/attendance" | "/reports/participation" | "/reports/intake" | "/reports/referrals";
  /** what the report answers, under the page title */
  description: string;
  /** filters only this report has (program, cohort, facilitator, group type and delivery apply to all) */
  filters: readonly "byLanguage"[];
}

// One line per report, in the order of the tabs.
export const REPORT_PAGES: readonly ReportPage[] = [
  {
    kind: "attendance",
    label: "Attendance",
    to: "/reports/attendance",
    description: "Sessions held and cancelled, attendance by status, the attendance rate and participant-hours, per cohort.",
    filters: [],
  },
  {
    kind: "participation",
    label: "Participation and outcomes",
    to: "/reports/participation",
    description: "People served (each counted once), new enrollments, completions, withdrawals and drops, retention.",
    filters: ["byLanguage"],
  },
  {
    kind: "intake",
    label: "Intake funnel",
    to: "/reports/intake",
    description: "Applications by status and referral source, time to a decision, flagged applications and waitlists.",
    filters: [],
  },
  {
    kind: "referrals",
    label: "Referrals",
    to: "/reports/referrals",
    description: "Referrals by category, urgency and outcome, time to close and overdue follow-ups. Counts only.",
    filters: [],
  },
];

export function reportPage(kind: ReportKind): ReportPage {
  const page = REPORT_PAGES.find((p) => p.kind === kind);
  if (!page) throw new Error(`no report page for ${kind}`);
  return page;
}
