import { createRoute, lazyRouteComponent, Outlet } from "@tanstack/react-router";
import { requireRole } from "../features/auth/guards.ts";
import { programsList } from "../features/programs/programs-search.ts";
import { appRoute } from "./app.tsx";

// Everyone signed in reads the program catalogue; only admins design programs.
export const programsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/programs",
  component: Outlet,
});

export const programsListRoute = createRoute({
  getParentRoute: () => programsRoute,
  path: "/",
  validateSearch: programsList.schema,
  component: lazyRouteComponent(() => import("../features/programs/programs-page.tsx"), "ProgramsPage"),
});

export const newProgramRoute = createRoute({
  getParentRoute: () => programsRoute,
  path: "/new",
  beforeLoad: requireRole("ADMIN"),
  component: lazyRouteComponent(() => import("../features/programs/new-program-page.tsx"), "NewProgramPage"),
});

export const programRoute = createRoute({
  getParentRoute: () => programsRoute,
  path: "/$programId",
  component: lazyRouteComponent(() => import("../features/programs/program-page.tsx"), "ProgramPage"),
});
