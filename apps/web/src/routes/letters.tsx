import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { requireSignedIn } from "../features/auth/guards.ts";
import { rootRoute } from "./root.tsx";

/** A member's attendance letter for one cohort, laid out for paper outside the app's frame. */
export const attendanceLetterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/print/letters/$cohortId/$memberId",
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import("../features/attendance/letter/attendance-letter-page.tsx"), "AttendanceLetterPage"),
});
