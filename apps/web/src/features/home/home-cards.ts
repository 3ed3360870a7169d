import type { Role } from "@circle/validators";
import type { ComponentType } from "react";
import { EVERY_ROLE } from "../../lib/roles.ts";
import {
  AttendanceDueCard,
  CohortRatesCard,
  FollowUpCard,
  TodayAttendanceCard,
} from "../attendance/home/attendance-home-cards.tsx";
import { EmergencyReferralsCard, OverdueReferralsCard } from "../referrals/referral-home-cards.tsx";
import { SavedViewsCard } from "../reports/saved-views-card.tsx";
import { AtRiskCohortsCard } from "./at-risk-cohorts-card.tsx";
import { AwaitingConsentCard } from "./awaiting-consent-card.tsx";
import { IntakeWaitingCard } from "./intake-waiting-card.tsx";
import { InterviewsThisWeekCard } from "./interviews-this-week-card.tsx";
import { MyAccountCard } from "./my-account-card.tsx";
import { PeopleSummaryCard } from "./people-summary-card.tsx";
import { WeekSessionsCard } from "./week-sessions-card.tsx";

export interface HomeCard {
  key: string;
  roles: readonly Role[];
  Card: ComponentType;
}

// One line per card; the grid shows those the signed-in role may see, in this order.
export const HOME_CARDS: readonly HomeCard[] = [
  // An open emergency referral is never buried: first, for its cohort's facilitators and every admin.
  { key: "referral-emergencies", roles: ["ADMIN", "FACILITATOR"], Card: EmergencyReferralsCard },
  { key: "sessions-today", roles: ["FACILITATOR"], Card: TodayAttendanceCard },
  { key: "attendance-due", roles: ["FACILITATOR"], Card: AttendanceDueCard },
  { key: "follow-up", roles: ["FACILITATOR"], Card: FollowUpCard },
  { key: "referrals-overdue", roles: ["FACILITATOR"], Card: OverdueReferralsCard },
  { key: "sessions-this-week", roles: ["FACILITATOR"], Card: WeekSessionsCard },
  { key: "interviews-this-week", roles: ["FACILITATOR"], Card: InterviewsThisWeekCard },
  { key: "consent-to-collect", roles: ["FACILITATOR"], Card: AwaitingConsentCard },
  { key: "cohort-rates", roles: ["FACILITATOR"], Card: CohortRatesCard },
  { key: "cohorts-at-risk", roles: ["ADMIN"], Card: AtRiskCohortsCard },
  { key: "intake-waiting", roles: ["ADMIN"], Card: IntakeWaitingCard },
  { key: "referrals-overdue-all", roles: ["ADMIN"], Card: OverdueReferralsCard },
  { key: "people", roles: ["ADMIN"], Card: PeopleSummaryCard },
  { key: "saved-reports", roles: EVERY_ROLE, Card: SavedViewsCard },
  { key: "my-account", roles: EVERY_ROLE, Card: MyAccountCard },
];
