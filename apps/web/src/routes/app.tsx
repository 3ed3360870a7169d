import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { requireSignedIn } from "../features/auth/guards.ts";
import { rootRoute } from "./root.tsx";

// The frame (header, navigation) and the error and not-found pages load beside the page, not in
// the first download: the sign-in page, which shares that download, shows none of them.
const NotFound = lazyRouteComponent(() => import("../components/not-found-page.tsx"), "NotFound");

/** Every page that needs a signed-in person lives under this layout. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import("../components/app-frame/app-frame.tsx"), "AppFrame"),
  errorComponent: lazyRouteComponent(() => import("../components/route-error.tsx"), "RouteErrorPage"),
  notFoundComponent: NotFound,
});

/** Any other address, once signed in: a 404 inside the frame, so navigation stays at hand. */
export const notFoundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "$",
  component: NotFound,
});
