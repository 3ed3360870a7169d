import { createRoute, lazyRouteComponent, Outlet } from "@tanstack/react-router";
import { requireRole } from "../features/auth/guards.ts";
import { cohortsList } from "../features/cohorts/cohorts-search.ts";
import { cohortSessionsSearchSchema } from "../features/cohorts/detail/sessions/sessions-search.ts";
import { newCohortSearchSchema } from "../features/cohorts/new/new-cohort-search.ts";
import { appRoute } from "./app.tsx";

// Facilitators reach only the cohorts they run; the server filters lists and refuses the rest.
export const cohortsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/cohorts",
  component: Outlet,
});

export const cohortsListRoute = createRoute({
  getParentRoute: () => cohortsRoute,
  path: "/",
  validateSearch: cohortsList.schema,
  component: lazyRouteComponent(() => import("../features/cohorts/cohorts-page.tsx"), "CohortsPage"),
});

export const newCohortRoute = createRoute({
  getParentRoute: () => cohortsRoute,
  path: "/new",
  beforeLoad: requireRole("ADMIN"),
  validateSearch: newCohortSearchSchema,
  component: lazyRouteComponent(() => import("../features/cohorts/new/new-cohort-page.tsx"), "NewCohortPage"),
});

/** One cohort: its header and tabs; each tab (see cohort-tabs.ts) is a child route. */
export const cohortRoute = createRoute({
  getParentRoute: () => cohortsRoute,
  path: "/$cohortId",
  component: lazyRouteComponent(() => import("../features/cohorts/detail/cohort-layout.tsx"), "CohortLayout"),
});

export const cohortOverviewRoute = createRoute({
  getParentRoute: () => cohortRoute,
  path: "/",
  component: lazyRouteComponent(() => import("../features/cohorts/detail/overview/cohort-overview-tab.tsx"), "CohortOverviewTab"),
});

export const cohortSessionsRoute = createRoute({
  getParentRoute: () => cohortRoute,
  path: "/sessions",
  validateSearch: cohortSessionsSearchSchema,
  component: lazyRouteComponent(() => import("../features/cohorts/detail/sessions/cohort-sessions-tab.tsx"), "CohortSessionsTab"),
});

export const cohortFacilitatorsRoute = createRoute({
  getParentRoute: () => cohortRoute,
  path: "/facilitators",
  component: lazyRouteComponent(
    () => import("../features/cohorts/detail/facilitators/cohort-facilitators-tab.tsx"),
    "CohortFacilitatorsTab",
  ),
});

export const cohortHistoryRoute = createRoute({
  getParentRoute: () => cohortRoute,
  path: "/history",
  component: lazyRouteComponent(() => import("../features/cohorts/detail/history/cohort-history-tab.tsx"), "CohortHistoryTab"),
});
