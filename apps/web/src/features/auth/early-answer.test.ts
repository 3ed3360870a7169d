import { afterEach, describe, expect, it, vi } from "vitest";
import { createQueryClient } from "../../lib/query-client.ts";
import { WHO_IS_SIGNED_IN_URL } from "../../lib/session/early-answer.ts";
import { createTrpcOptions } from "../../lib/trpc.ts";
import { expectEarlyAnswer } from "../../lib/trpc-client.ts";
import { askWhoIsSignedIn } from "./guards.ts";

const signedOut = () =>
  new Response(JSON.stringify([{ result: { data: { json: null } } }, { result: { data: { json: null } } }]));

function dashboardContext() {
  const queryClient = createQueryClient({ onSignedOut: () => undefined, onForbidden: () => undefined });
  return { queryClient, trpc: createTrpcOptions(queryClient) };
}

describe("the entry's early sign-in check", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("asks exactly what the signed-in layout's guard asks, so the guard takes its answer", async () => {
    const fetch = vi.fn(async () => signedOut());
    vi.stubGlobal("fetch", fetch);
    const asked = askWhoIsSignedIn(dashboardContext());
    await asked.me;
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]?.[0 as never])).toBe(WHO_IS_SIGNED_IN_URL);
  });

  it("is used once, in place of sending the guard's request again", async () => {
    const fetch = vi.fn(async () => signedOut());
    vi.stubGlobal("fetch", fetch);
    expectEarlyAnswer({ url: WHO_IS_SIGNED_IN_URL, response: Promise.resolve(signedOut()) });
    await askWhoIsSignedIn(dashboardContext()).me;
    expect(fetch).not.toHaveBeenCalled();
    await askWhoIsSignedIn(dashboardContext()).me;
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
