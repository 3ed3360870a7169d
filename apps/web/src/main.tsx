// The date pickers' and charts' styles load with the pages that show them (their files import
// them), out of the stylesheet every first page waits for.
import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { MantineProvider } from "@mantine/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { createQueryClient } from "./lib/query-client.ts";
import { AccessDeniedError } from "./lib/session/access-denied-error.ts";
import { createTrpcOptions, TRPCProvider, trpcClient } from "./lib/trpc.ts";
import { createAppRouter } from "./router.tsx";
import { cssVariablesResolver, theme } from "./theme.ts";

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

// The toasts' container (and its transitions) appears after the first page, out of its download.
const Notifications = lazy(() => import("@mantine/notifications").then((module) => ({ default: module.Notifications })));

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
      <Suspense fallback={null}>
        <Notifications position="top-center" limit={2} autoClose={4000} />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <RouterProvider router={router} />
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
