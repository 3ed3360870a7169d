import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, Outlet } from "@tanstack/react-router";
import { NotFoundPage } from "../components/not-found-page.tsx";
import type { TrpcOptions } from "../lib/trpc.ts";

export interface RouterContext {
  queryClient: QueryClient;
  trpc: TrpcOptions;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});
