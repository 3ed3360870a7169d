import { createRoute, lazyRouteComponent, Outlet } from "@tanstack/react-router";
import { requireRole } from "../features/auth/guards.ts";
import { membersList } from "../features/members/members-search.ts";
import { searchParams, uuid } from "../lib/search-params/search-params.ts";
import { appRoute } from "./app.tsx";

// Member records: administrators and facilitators (their cohorts' members); staff work from reports.
export const membersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/members",
  beforeLoad: requireRole("ADMIN", "FACILITATOR"),
  component: Outlet,
});

export const membersListRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: "/",
  validateSearch: membersList.schema,
  component: lazyRouteComponent(() => import("../features/members/members-page.tsx"), "MembersPage"),
});

export const memberRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: "/$memberId",
  component: lazyRouteComponent(() => import("../features/members/member-page.tsx"), "MemberPage"),
});

export const consentCaptureRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: "/$memberId/consent",
  // facilitators for the applicants and members of their own cohorts: the server checks the person
  beforeLoad: requireRole("ADMIN", "FACILITATOR"),
  validateSearch: searchParams({
    versionId: uuid,
    /** the application the consent is for: the capture returns there */
    applicationId: uuid,
  }),
  component: lazyRouteComponent(() => import("../features/consent/consent-capture-page.tsx"), "ConsentCapturePage"),
});
