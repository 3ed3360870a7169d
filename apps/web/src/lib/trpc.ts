import type { AppRouter } from "@circle/api";
import { MAX_BATCH_SIZE } from "@circle/validators/vocabulary";
import type { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from "@trpc/client";
import { createTRPCContext, createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import type { EarlyAnswer } from "./session/early-answer.ts";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let earlyAnswer: EarlyAnswer | undefined;

/** The sign-in check the entry already sent: the answer to the first request for its URL. */
export function expectEarlyAnswer(answer: EarlyAnswer | undefined): void {
  earlyAnswer = answer;
}

const linkOptions = {
  url: "/trpc",
  transformer: superjson,
  fetch: (url: URL | RequestInfo, options?: RequestInit) => {
    const early = earlyAnswer;
    if (early && String(url) === early.url) {
      earlyAnswer = undefined;
      return early.response;
    }
    // The session lives in an httpOnly cookie set by the same origin.
    return fetch(url, { ...options, credentials: "same-origin" });
  },
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
