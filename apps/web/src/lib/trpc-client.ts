import type { AppRouter } from "@circle/api";
import { MAX_BATCH_SIZE } from "@circle/validators/vocabulary";
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from "@trpc/client";
import superjson from "superjson";
import type { EarlyAnswer } from "./session/early-answer.ts";

// The plain client, apart from its React bindings (lib/trpc.ts): the sign-in page calls it
// without the dashboard's query cache.

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
