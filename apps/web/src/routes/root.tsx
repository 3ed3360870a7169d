import { createRootRouteWithContext, lazyRouteComponent, Outlet } from "@tanstack/react-router";
import type { RouterContext } from "../lib/session/router-context.ts";

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: lazyRouteComponent(() => import("../components/not-found-page.tsx"), "NotFoundPage"),
});
