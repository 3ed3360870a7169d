import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { appRoute } from "./app.tsx";
import { cohortRoute } from "./cohorts.tsx";

/** One session's attendance sheet; the server keeps each role to the sessions it may see. */
export const attendanceSheetRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/sessions/$sessionId/attendance",
  component: lazyRouteComponent(() => import("../features/attendance/sheet/attendance-sheet-page.tsx"), "AttendanceSheetPage"),
});

/** A cohort's progress: the members × sessions grid, attendance per session, the follow-up list. */
export const cohortProgressRoute = createRoute({
  getParentRoute: () => cohortRoute,
  path: "/progress",
  component: lazyRouteComponent(() => import("../features/attendance/progress/cohort-progress-tab.tsx"), "CohortProgressTab"),
});
