import { createRootRouteWithContext, Outlet } from "@tanstack/react-router";
import { NotFoundPage } from "../components/not-found-page.tsx";
import type { RouterContext } from "../lib/session/router-context.ts";

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});
