import { REPORT_KINDS } from "@circle/validators/vocabulary";
import { createRoute, lazyRouteComponent, notFound, redirect } from "@tanstack/react-router";
import { requireSignedIn } from "../features/auth/guards.ts";
import { reportSearchSchema } from "../features/reports/report-search.ts";
import { oneOf } from "../lib/search-params/search-params.ts";
import { appRoute } from "./app.tsx";
import { rootRoute } from "./root.tsx";

// Every role runs reports; the server narrows a facilitator's to their own cohorts.
export const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/reports",
  validateSearch: reportSearchSchema,
  component: lazyRouteComponent(() => import("../features/reports/reports-layout.tsx"), "ReportsLayout"),
});

export const reportsIndexRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/",
  beforeLoad: ({ search }) => {
    throw redirect({ to: "/reports/attendance", search });
  },
});

export const attendanceReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/attendance",
  component: lazyRouteComponent(
    () => import("../features/reports/attendance/attendance-report-page.tsx"),
    "AttendanceReportPage",
  ),
});

export const participationReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/participation",
  component: lazyRouteComponent(
    () => import("../features/reports/participation/participation-report-page.tsx"),
    "ParticipationReportPage",
  ),
});

export const intakeReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/intake",
  component: lazyRouteComponent(() => import("../features/reports/intake/intake-report-page.tsx"), "IntakeReportPage"),
});

export const referralReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/referrals",
  component: lazyRouteComponent(() => import("../features/reports/referrals/referral-report-page.tsx"), "ReferralReportPage"),
});

/** A report laid out for printing, outside the app's frame (no navigation on paper). */
export const reportPrintRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/print/$report",
  params: {
    parse: ({ report }) => {
      const kind = oneOf(REPORT_KINDS)(report);
      if (!kind) throw notFound();
      return { report: kind };
    },
    stringify: ({ report }) => ({ report }),
  },
  beforeLoad: requireSignedIn,
  validateSearch: reportSearchSchema,
  component: lazyRouteComponent(() => import("../features/reports/print/report-print-page.tsx"), "ReportPrintPage"),
});
