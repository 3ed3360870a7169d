import { createRoute, lazyRouteComponent, Outlet } from "@tanstack/react-router";
import { requireRole } from "../features/auth/guards.ts";
import { referralsList } from "../features/referrals/referrals-search.ts";
import { resourcesList } from "../features/resources/resources-search.ts";
import { appRoute } from "./app.tsx";

// Referrals: administrators and facilitators (their cohorts' members); staff see counts in reports.
export const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/referrals",
  beforeLoad: requireRole("ADMIN", "FACILITATOR"),
  component: Outlet,
});

export const referralsListRoute = createRoute({
  getParentRoute: () => referralsRoute,
  path: "/",
  validateSearch: referralsList.schema,
  component: lazyRouteComponent(() => import("../features/referrals/referrals-page.tsx"), "ReferralsPage"),
});

export const referralRoute = createRoute({
  getParentRoute: () => referralsRoute,
  path: "/$referralId",
  component: lazyRouteComponent(() => import("../features/referrals/referral-page.tsx"), "ReferralPage"),
});

// The resource directory: everyone signed in searches it; administrators keep it.
export const resourcesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/resources",
  validateSearch: resourcesList.schema,
  component: lazyRouteComponent(() => import("../features/resources/resources-page.tsx"), "ResourcesPage"),
});
