import { createRoute } from "@tanstack/react-router";
import { z } from "zod";
import { SetupPage } from "../features/setup/setup-page.tsx";
import { rootRoute } from "./root.tsx";

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
