import type { AppRouter } from "@circle/api";
import { MAX_BATCH_SIZE } from "@circle/validators/vocabulary";
import type { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from "@trpc/client";
import { createTRPCContext, createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

const linkOptions = {
  url: "/trpc",
  transformer: superjson,
  // The session lives in an httpOnly cookie set by the same origin.
  fetch: (url: URL | RequestInfo, options?: RequestInit) => fetch(url, { ...options, credentials: "same-origin" }),
};

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    // The server refuses sign-in inside a batch (each attempt must be counted before the next).
    splitLink({
      condition: (op) => op.path === "auth.signIn",
      true: httpLink(linkOptions),
      false: httpBatchLink({ ...linkOptions, maxItems: MAX_BATCH_SIZE }),
    }),
  ],
});

/** The same query/mutation options as useTRPC, for code outside React (route loaders, guards). */
export function createTrpcOptions(queryClient: QueryClient) {
  return createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
}

export type TrpcOptions = ReturnType<typeof createTrpcOptions>;
