import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { cohortRoute } from "./cohorts.tsx";

/** The cohort's roster tab: seats, lock state, members and waitlist. */
export const cohortRosterRoute = createRoute({
  getParentRoute: () => cohortRoute,
  path: "/roster",
  component: lazyRouteComponent(() => import("../features/roster/cohort-roster-tab.tsx"), "CohortRosterTab"),
});
