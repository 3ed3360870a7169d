import type { Role } from "@circle/validators";
import type { FetchQueryOptions, QueryKey } from "@tanstack/react-query";
import type { ComponentType } from "react";
import { EVERY_ROLE } from "../../lib/roles.ts";
import type { RouterContext } from "../../lib/session/router-context.ts";
import type { TrpcOptions } from "../../lib/trpc.ts";
import {
  AttendanceDueCard,
  CohortRatesCard,
  FollowUpCard,
  TodayAttendanceCard,
} from "../attendance/home/attendance-home-cards.tsx";
import { attendanceHomeQuery } from "../attendance/home/use-attendance-home.ts";
import { EmergencyReferralsCard, OverdueReferralsCard, referralsHomeQuery } from "../referrals/referral-home-cards.tsx";
import { SavedViewsCard, savedViewsQuery } from "../reports/saved-views-card.tsx";
import { AtRiskCohortsCard, atRiskCohortsQuery } from "./at-risk-cohorts-card.tsx";
import { AwaitingConsentCard, awaitingConsentQuery } from "./awaiting-consent-card.tsx";
import { IntakeWaitingCard, intakeWaitingQuery } from "./intake-waiting-card.tsx";
import { InterviewsThisWeekCard, myInterviewsQuery } from "./interviews-this-week-card.tsx";
import { MyAccountCard, profileQuery } from "./my-account-card.tsx";
import { PeopleSummaryCard, peopleCountsQuery } from "./people-summary-card.tsx";
import { mySessionsQuery } from "./use-my-sessions.ts";
import { WeekSessionsCard } from "./week-sessions-card.tsx";

export interface HomeCard {
  key: string;
  roles: readonly Role[];
  Card: ComponentType;
  /** asks the card's first question ahead of it (the same options the card passes to useQuery) */
  ask: (context: RouterContext) => Promise<void>;
}

const ask =
  <TData, TError, TKey extends QueryKey>(query: (trpc: TrpcOptions) => FetchQueryOptions<TData, TError, TData, TKey>) =>
  ({ queryClient, trpc }: RouterContext) =>
    queryClient.prefetchQuery(query(trpc));

// One line per card; the grid shows those the signed-in role may see, in this order.
export const HOME_CARDS: readonly HomeCard[] = [
  // An open emergency referral is never buried: first, for its cohort's facilitators and every admin.
  { key: "referral-emergencies", roles: ["ADMIN", "FACILITATOR"], Card: EmergencyReferralsCard, ask: ask(referralsHomeQuery) },
  { key: "sessions-today", roles: ["FACILITATOR"], Card: TodayAttendanceCard, ask: ask(attendanceHomeQuery) },
  { key: "attendance-due", roles: ["FACILITATOR"], Card: AttendanceDueCard, ask: ask(attendanceHomeQuery) },
  { key: "follow-up", roles: ["FACILITATOR"], Card: FollowUpCard, ask: ask(attendanceHomeQuery) },
  { key: "referrals-overdue", roles: ["FACILITATOR"], Card: OverdueReferralsCard, ask: ask(referralsHomeQuery) },
  { key: "sessions-this-week", roles: ["FACILITATOR"], Card: WeekSessionsCard, ask: ask(mySessionsQuery) },
  { key: "interviews-this-week", roles: ["FACILITATOR"], Card: InterviewsThisWeekCard, ask: ask(myInterviewsQuery) },
  { key: "consent-to-collect", roles: ["FACILITATOR"], Card: AwaitingConsentCard, ask: ask(awaitingConsentQuery) },
  { key: "cohort-rates", roles: ["FACILITATOR"], Card: CohortRatesCard, ask: ask(attendanceHomeQuery) },
  { key: "cohorts-at-risk", roles: ["ADMIN"], Card: AtRiskCohortsCard, ask: ask(atRiskCohortsQuery) },
  { key: "intake-waiting", roles: ["ADMIN"], Card: IntakeWaitingCard, ask: ask(intakeWaitingQuery) },
  { key: "referrals-overdue-all", roles: ["ADMIN"], Card: OverdueReferralsCard, ask: ask(referralsHomeQuery) },
  { key: "people", roles: ["ADMIN"], Card: PeopleSummaryCard, ask: ask(peopleCountsQuery) },
  { key: "saved-reports", roles: EVERY_ROLE, Card: SavedViewsCard, ask: ask(savedViewsQuery) },
  { key: "my-account", roles: EVERY_ROLE, Card: MyAccountCard, ask: ask(profileQuery) },
];
