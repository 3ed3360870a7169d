import type { AppRouter } from "@circle/api";
import type { QueryClient } from "@tanstack/react-query";
import { createTRPCContext, createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { trpcClient } from "./trpc-client.ts";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** The same query/mutation options as useTRPC, for code outside React (route loaders, guards). */
export function createTrpcOptions(queryClient: QueryClient) {
  return createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
}

export type TrpcOptions = ReturnType<typeof createTrpcOptions>;
