import type { QueryClient } from "@tanstack/react-query";
import type { TrpcOptions } from "../trpc.ts";

/** What every route's loader and guard are given: the query cache and the tRPC query options. */
export interface RouterContext {
  queryClient: QueryClient;
  trpc: TrpcOptions;
}
