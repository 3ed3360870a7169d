import type { ApiError } from "../../lib/api-error.ts";
import type { trpcClient } from "../../lib/trpc-client.ts";

// The sign-in page's two requests in tRPC's HTTP form, sent with `fetch` instead of through the
// tRPC client: its links and superjson, with the query cache its React bindings need, are about
// 20 kB gzip, and the page's budget is 100 kB with React alone taking 67 (README, "Performance").
// What is sent and read is plain JSON, so superjson's envelope is all there is to write (`{ json }`),
// and the page reads no dates from the answers. A refusal becomes what the client throws (a
// TRPCClientError's name, message, shape and data, without its class and the code behind it), so
// its message and field errors show as on every form. sign-in-calls.test.ts checks
// that these are the very requests the tRPC client sends.

type Client = typeof trpcClient;
export type SignInInput = Parameters<Client["auth"]["signIn"]["mutate"]>[0];
type SignedIn = Awaited<ReturnType<Client["auth"]["signIn"]["mutate"]>>;
type Me = Awaited<ReturnType<Client["auth"]["me"]["query"]>>;
type SetupStatus = Awaited<ReturnType<Client["setup"]["status"]["query"]>>;

type Answer = { result: { data: { json: unknown } } } | { error: { json: unknown } };

// superjson's encoding of a procedure called without input, as the tRPC client sends it.
const NO_INPUT = { json: null, meta: { values: ["undefined"], v: 1 } };

/** Who is signed in, and whether Circle still needs its first administrator: one batch. */
export const SIGN_IN_PAGE_URL = `/trpc/auth.me,setup.status?batch=1&input=${encodeURIComponent(
  JSON.stringify({ 0: NO_INPUT, 1: { json: {} } }),
)}`;

export async function askWhoIsSignedInAndSetup(): Promise<{ me: Me; setup: SetupStatus }> {
  const [me, setup] = (await answersOf(fetch(SIGN_IN_PAGE_URL, { credentials: "same-origin" }))) as Answer[];
  return { me: dataOf(me) as Me, setup: dataOf(setup) as SetupStatus };
}

/** `auth.signIn`, in a request of its own (the server refuses it inside a batch). */
export async function signIn(input: SignInInput): Promise<SignedIn> {
  const answer = answersOf(
    fetch("/trpc/auth.signIn", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    }),
  );
  return dataOf((await answer) as Answer) as SignedIn;
}

/** The answer's JSON; no answer at all (offline, not our API) is a client error without data. */
async function answersOf(response: Promise<Response>): Promise<unknown> {
  try {
    return await (await response).json();
  } catch (cause) {
    throw refusal(cause instanceof Error ? cause.message : String(cause), undefined, cause);
  }
}

function dataOf(answer: Answer | undefined): unknown {
  if (answer && "result" in answer) return answer.result.data.json;
  if (answer && "error" in answer) {
    const shape = answer.error.json as ApiError["shape"];
    throw refusal(shape?.message ?? "Unknown error", shape);
  }
  throw refusal("Not an answer of our API");
}

/** As TRPCClientError.from makes it: the refusal's shape, its data, or (no answer) neither. */
function refusal(message: string, shape?: ApiError["shape"], cause?: unknown): ApiError {
  return Object.assign(new Error(message, { cause }), {
    name: "TRPCClientError",
    shape,
    data: shape?.data,
    meta: undefined,
  }) as ApiError;
}
