import { createRoute, lazyRouteComponent, Outlet } from "@tanstack/react-router";
import { requireRole } from "../features/auth/guards.ts";
import { peopleList } from "../features/people/people-search.ts";
import { appRoute } from "./app.tsx";

// People administration is admin-only and rarely opened, so its code loads on first visit.
export const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/people",
  beforeLoad: requireRole("ADMIN"),
  component: Outlet,
});

export const peopleListRoute = createRoute({
  getParentRoute: () => peopleRoute,
  path: "/",
  validateSearch: peopleList.schema,
  component: lazyRouteComponent(() => import("../features/people/people-page.tsx"), "PeoplePage"),
});

export const newPersonRoute = createRoute({
  getParentRoute: () => peopleRoute,
  path: "/new",
  component: lazyRouteComponent(() => import("../features/people/new-person-page.tsx"), "NewPersonPage"),
});

export const personRoute = createRoute({
  getParentRoute: () => peopleRoute,
  path: "/$userId",
  component: lazyRouteComponent(() => import("../features/people/person-page.tsx"), "PersonPage"),
});
