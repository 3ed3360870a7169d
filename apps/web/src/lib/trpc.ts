import type { AppRouter } from "@circle/api";
import type { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext, createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: "/trpc",
      transformer: superjson,
      // The session lives in an httpOnly cookie set by the same origin.
      fetch: (url, options) => fetch(url, { ...options, credentials: "same-origin" }),
    }),
  ],
});

/** The same query/mutation options as useTRPC, for code outside React (route loaders, guards). */
export function createTrpcOptions(queryClient: QueryClient) {
  return createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
}

export type TrpcOptions = ReturnType<typeof createTrpcOptions>;
