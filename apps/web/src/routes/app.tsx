import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { AppFrame } from "../components/app-frame/app-frame.tsx";
import { requireSignedIn } from "../features/auth/guards.ts";
import { rootRoute } from "./root.tsx";

// The frame (header, navigation) is on every signed-in page: part of the dashboard's chunk, so
// no page waits for it after the sign-in check. The error and not-found pages are rare: lazy.
const NotFound = lazyRouteComponent(() => import("../components/not-found-page.tsx"), "NotFound");

/** Every page that needs a signed-in person lives under this layout. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: requireSignedIn,
  component: AppFrame,
  errorComponent: lazyRouteComponent(() => import("../components/route-error.tsx"), "RouteErrorPage"),
  notFoundComponent: NotFound,
});

/** Any other address, once signed in: a 404 inside the frame, so navigation stays at hand. */
export const notFoundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "$",
  component: NotFound,
});
