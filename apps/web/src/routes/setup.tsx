import { createRoute } from "@tanstack/react-router";
import { lazy } from "react";
import { z } from "zod";
import { rootRoute } from "./root.tsx";

// Loaded when opened, like every page: its form stays out of the first download.
const SetupPage = lazy(() => import("../features/setup/setup-page.tsx").then((m) => ({ default: m.SetupPage })));

export const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/setup",
  validateSearch: z.object({ token: z.string().optional().catch(undefined) }),
  loaderDeps: ({ search }) => ({ token: search.token }),
  loader: ({ context, deps }) =>
    context.queryClient.ensureQueryData(context.trpc.setup.status.queryOptions({ token: deps.token })),
  component: function SetupRoute() {
    const { token } = setupRoute.useSearch();
    return <SetupPage token={token} />;
  },
});
