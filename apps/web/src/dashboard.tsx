import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createQueryClient } from "./lib/query-client.ts";
import { AccessDeniedError } from "./lib/session/access-denied-error.ts";
import type { EarlyAnswer } from "./lib/session/early-answer.ts";
import { createTrpcOptions, TRPCProvider } from "./lib/trpc.ts";
import { expectEarlyAnswer, trpcClient } from "./lib/trpc-client.ts";
import { createAppRouter } from "./router.tsx";
import { cssVariablesResolver, theme } from "./theme.ts";

/** Renders the dashboard; `early` is the sign-in check the entry sent while this chunk loaded. */
export function startDashboard(early: EarlyAnswer | undefined): void {
  expectEarlyAnswer(early);
  const queryClient = createQueryClient({
    onSignedOut: () => {
      // The session ended under us: forget what was cached and ask for sign-in, then come back.
      const { pathname, href } = router.state.location;
      if (pathname === "/sign-in") return;
      queryClient.clear();
      void router.navigate({ to: "/sign-in", search: { redirect: href } });
    },
    // The header and navigation then follow the role the server now holds.
    onForbidden: () => void queryClient.invalidateQueries(trpc.auth.pathFilter()),
  });
  const trpc = createTrpcOptions(queryClient);
  const router = createAppRouter({ queryClient, trpc });

  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");

  createRoot(root, {
    // A page refused to this role is an answer, shown as the access-denied screen, not a fault to log.
    onCaughtError: (error, info) => {
      if (error instanceof AccessDeniedError) return;
      console.error(error, info.componentStack);
    },
  }).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        {/* Over the header's empty middle, not over the rows a change is about; two at most, closing on their own. */}
        <Notifications position="top-center" limit={2} autoClose={4000} />
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <RouterProvider router={router} />
          </TRPCProvider>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
