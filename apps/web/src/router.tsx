import type { QueryClient } from "@tanstack/react-query";
import { createRouter, lazyRouteComponent } from "@tanstack/react-router";
import { PageLoader } from "./components/page-loader.tsx";
import type { TrpcOptions } from "./lib/trpc.ts";
import { accountRoute, changePasswordRoute } from "./routes/account.tsx";
import { appRoute, notFoundRoute } from "./routes/app.tsx";
import { attendanceSheetRoute, cohortProgressRoute } from "./routes/attendance.tsx";
import { cohortRosterRoute } from "./routes/cohort-roster.tsx";
import {
  cohortFacilitatorsRoute,
  cohortHistoryRoute,
  cohortOverviewRoute,
  cohortRoute,
  cohortSessionsRoute,
  cohortsListRoute,
  cohortsRoute,
  newCohortRoute,
} from "./routes/cohorts.tsx";
import { consentDocumentRoute, consentDocumentsRoute, consentRoute, newConsentDocumentRoute } from "./routes/consent.tsx";
import { homeRoute } from "./routes/home.tsx";
import { applicationRoute, intakeQueueRoute, intakeRoute, newApplicationRoute } from "./routes/intake.tsx";
import { attendanceLetterRoute } from "./routes/letters.tsx";
import { consentCaptureRoute, memberRoute, membersListRoute, membersRoute } from "./routes/members.tsx";
import { newPersonRoute, peopleListRoute, peopleRoute, personRoute } from "./routes/people.tsx";
import { programScreeningRoute } from "./routes/program-screening.tsx";
import { newProgramRoute, programRoute, programsListRoute, programsRoute } from "./routes/programs.tsx";
import { referralRoute, referralsListRoute, referralsRoute, resourcesRoute } from "./routes/referrals.tsx";
import {
  attendanceReportRoute,
  intakeReportRoute,
  participationReportRoute,
  referralReportRoute,
  reportPrintRoute,
  reportsIndexRoute,
  reportsRoute,
} from "./routes/reports.tsx";
import { rootRoute } from "./routes/root.tsx";
import { weekRoute } from "./routes/sessions.tsx";
import { settingsRoute } from "./routes/settings.tsx";
import { setupRoute } from "./routes/setup.tsx";
import { signInRoute } from "./routes/sign-in.tsx";

const routeTree = rootRoute.addChildren([
  signInRoute,
  setupRoute,
  reportPrintRoute,
  attendanceLetterRoute,
  appRoute.addChildren([
    homeRoute,
    accountRoute,
    changePasswordRoute,
    peopleRoute.addChildren([peopleListRoute, newPersonRoute, personRoute]),
    settingsRoute,
    programsRoute.addChildren([programsListRoute, newProgramRoute, programRoute, programScreeningRoute]),
    cohortsRoute.addChildren([
      cohortsListRoute,
      newCohortRoute,
      cohortRoute.addChildren([
        cohortOverviewRoute,
        cohortSessionsRoute,
        cohortRosterRoute,
        cohortProgressRoute,
        cohortFacilitatorsRoute,
        cohortHistoryRoute,
      ]),
    ]),
    weekRoute,
    attendanceSheetRoute,
    intakeRoute.addChildren([intakeQueueRoute, newApplicationRoute, applicationRoute]),
    membersRoute.addChildren([membersListRoute, memberRoute, consentCaptureRoute]),
    referralsRoute.addChildren([referralsListRoute, referralRoute]),
    resourcesRoute,
    consentRoute.addChildren([consentDocumentsRoute, newConsentDocumentRoute, consentDocumentRoute]),
    reportsRoute.addChildren([
      reportsIndexRoute,
      attendanceReportRoute,
      participationReportRoute,
      intakeReportRoute,
      referralReportRoute,
    ]),
    notFoundRoute,
  ]),
]);

export function createAppRouter(context: { queryClient: QueryClient; trpc: TrpcOptions }) {
  return createRouter({
    routeTree,
    context,
    defaultPreload: "intent",
    // Query owns caching; the router should always ask it.
    defaultPreloadStaleTime: 0,
    // Rare, so loaded when needed rather than with every first page.
    defaultErrorComponent: lazyRouteComponent(() => import("./components/route-error.tsx"), "RouteError"),
    defaultPendingComponent: PageLoader,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
