import { createRoute } from "@tanstack/react-router";
import { lazy } from "react";
import { anyText, searchParams } from "../lib/search-params/search-params.ts";
import { rootRoute } from "./root.tsx";

// Loaded when opened, like every page: its form stays out of the first download.
const SetupPage = lazy(() => import("../features/setup/setup-page.tsx").then((m) => ({ default: m.SetupPage })));

/** ?token=… is the one-time setup link the server printed. */
const setupSearch = searchParams({ token: anyText });

export const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/setup",
  validateSearch: setupSearch,
  loaderDeps: ({ search }) => ({ token: search.token }),
  loader: ({ context, deps }) =>
    context.queryClient.ensureQueryData(context.trpc.setup.status.queryOptions({ token: deps.token })),
  component: function SetupRoute() {
    const { token } = setupRoute.useSearch();
    return <SetupPage token={token} />;
  },
});
