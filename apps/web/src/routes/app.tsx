import { createRoute } from "@tanstack/react-router";
import { AppFrame } from "../components/app-frame/app-frame.tsx";
import { NotFound } from "../components/not-found-page.tsx";
import { RouteErrorPage } from "../components/route-error.tsx";
import { requireSignedIn } from "../features/auth/guards.ts";
import { rootRoute } from "./root.tsx";

/** Every page that needs a signed-in person lives under this layout. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: requireSignedIn,
  component: AppFrame,
  errorComponent: RouteErrorPage,
  notFoundComponent: NotFound,
});

/** Any other address, once signed in: a 404 inside the frame, so navigation stays at hand. */
export const notFoundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "$",
  component: NotFound,
});
