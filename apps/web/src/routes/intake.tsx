import { createRoute, lazyRouteComponent, Outlet } from "@tanstack/react-router";
import { requireRole } from "../features/auth/guards.ts";
import { intakeList } from "../features/intake/intake-search.ts";
import { searchParams, uuid } from "../lib/search-params/search-params.ts";
import { appRoute } from "./app.tsx";

// Administrators decide intake; facilitators take part for their own cohorts (the queue shows
// them only those, and the server decides per record). Recording an application is an admin's.
export const intakeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/intake",
  component: Outlet,
});

export const intakeQueueRoute = createRoute({
  getParentRoute: () => intakeRoute,
  path: "/",
  beforeLoad: requireRole("ADMIN", "FACILITATOR"),
  validateSearch: intakeList.schema,
  component: lazyRouteComponent(() => import("../features/intake/intake-queue-page.tsx"), "IntakeQueuePage"),
});

export const newApplicationRoute = createRoute({
  getParentRoute: () => intakeRoute,
  path: "/new",
  beforeLoad: requireRole("ADMIN"),
  validateSearch: searchParams({ programId: uuid }),
  component: lazyRouteComponent(() => import("../features/intake/new-application-page.tsx"), "NewApplicationPage"),
});

export const applicationRoute = createRoute({
  getParentRoute: () => intakeRoute,
  path: "/$applicationId",
  component: lazyRouteComponent(() => import("../features/intake/application-page.tsx"), "ApplicationPage"),
});
