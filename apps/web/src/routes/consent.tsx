import { createRoute, lazyRouteComponent, Outlet } from "@tanstack/react-router";
import { requireRole } from "../features/auth/guards.ts";
import { consentList } from "../features/consent/consent-search.ts";
import { searchParams, wholeNumber } from "../lib/search-params/search-params.ts";
import { appRoute } from "./app.tsx";

// Consent documents are administrators' work, as the menu says: the URL agrees and shows others
// the access-denied screen. Facilitators read a document's text where they record consent
// (/members/<id>/consent); the server still lets anyone signed in read documents for that.
export const consentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/consent",
  beforeLoad: requireRole("ADMIN"),
  component: Outlet,
});

export const consentDocumentsRoute = createRoute({
  getParentRoute: () => consentRoute,
  path: "/",
  validateSearch: consentList.schema,
  component: lazyRouteComponent(() => import("../features/consent/consent-documents-page.tsx"), "ConsentDocumentsPage"),
});

export const newConsentDocumentRoute = createRoute({
  getParentRoute: () => consentRoute,
  path: "/new",
  beforeLoad: requireRole("ADMIN"),
  component: lazyRouteComponent(() => import("../features/consent/new-consent-document-page.tsx"), "NewConsentDocumentPage"),
});

export const consentDocumentRoute = createRoute({
  getParentRoute: () => consentRoute,
  path: "/$documentId",
  validateSearch: searchParams({ version: wholeNumber({ min: 1 }) }),
  component: lazyRouteComponent(() => import("../features/consent/consent-document-page.tsx"), "ConsentDocumentPage"),
});
