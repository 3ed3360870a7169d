import { afterEach, describe, expect, it, vi } from "vitest";
import { errorMessage, isApiError } from "../../lib/api-error.ts";
import { trpcClient } from "../../lib/trpc-client.ts";
import { askWhoIsSignedInAndSetup, SIGN_IN_PAGE_URL, signIn } from "./sign-in-calls.ts";

const answer = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const signedOutAndNoAdmin = () =>
  answer([{ result: { data: { json: null } } }, { result: { data: { json: { needed: true } } } }]);
const refused = {
  error: {
    json: {
      message: "email: Enter a valid email address",
      code: -32600,
      data: {
        code: "BAD_REQUEST",
        httpStatus: 400,
        path: "auth.signIn",
        fieldErrors: { email: ["Enter a valid email address"] },
      },
    },
  },
};

/** What the tRPC client itself sends for a call, to compare the sign-in page's requests with. */
async function sentByTheClient(call: () => Promise<unknown>, response: () => Response) {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => response());
  vi.stubGlobal("fetch", fetch);
  await call().catch(() => undefined);
  vi.unstubAllGlobals();
  const [url, init] = fetch.mock.calls[0] ?? [];
  return { url: String(url), method: init?.method ?? "GET", body: init?.body };
}

describe("the sign-in page's calls", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("ask who is signed in and whether setup is needed in the batch the tRPC client sends", async () => {
    const client = await sentByTheClient(
      () => Promise.all([trpcClient.auth.me.query(), trpcClient.setup.status.query({})]),
      signedOutAndNoAdmin,
    );
    expect(client.url).toBe(SIGN_IN_PAGE_URL);
    const page = await sentByTheClient(askWhoIsSignedInAndSetup, signedOutAndNoAdmin);
    expect(page).toEqual(client);
    vi.stubGlobal("fetch", async () => signedOutAndNoAdmin());
    await expect(askWhoIsSignedInAndSetup()).resolves.toEqual({ me: null, setup: { needed: true } });
  });

  it("sign in with the request the tRPC client sends", async () => {
    const input = { email: "ada@example.org", password: "a long passphrase" };
    const ok = () => answer({ result: { data: { json: { id: "u1" } } } });
    const client = await sentByTheClient(() => trpcClient.auth.signIn.mutate(input), ok);
    expect(await sentByTheClient(() => signIn(input), ok)).toEqual(client);
  });

  it("turn a refusal into the error the tRPC client throws: its message and field errors", async () => {
    vi.stubGlobal("fetch", async () => answer(refused, 400));
    const error = await signIn({ email: "not-an-email", password: "x" }).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(errorMessage(error)).toBe("email: Enter a valid email address");
    expect(isApiError(error) && error.data?.fieldErrors).toEqual({ email: ["Enter a valid email address"] });
  });

  it("say the server could not be reached when there is no answer", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await signIn({ email: "ada@example.org", password: "x" }).catch((e: unknown) => e);
    expect(errorMessage(error)).toBe("Could not reach the server. Check your connection and try again.");
  });
});
