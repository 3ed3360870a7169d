// What every benchmark run does with the server: open the seeded database, sign in ten browsers
// per role, turn a case into its HTTP request, and check that it answers with real data.
import { createDb } from "@circle/db";
import { FACTORY_PASSWORD } from "@circle/db/testing";
import { LARGE_SIGN_INS, SIGN_IN_POOL } from "../large/organisation.ts";
import { type Case, type Role, trpcPath } from "./cases.ts";
import type { HttpRequest } from "./http-load.ts";

export const CLIENTS = 10;

export function openHandle(
  url: string | undefined,
  dataDir: string | undefined,
  onStatement?: (sql: string, params: unknown[]) => void,
) {
  return url ? createDb({ url, onStatement }) : createDb({ dataDir: dataDir ?? "memory://", onStatement });
}

/** Ten signed-in browsers per role, each with its own session cookie. */
export async function signInClients(url: string): Promise<Record<Role, string[]>> {
  const entries = await Promise.all(
    (["admin", "facilitator", "staff"] as const).map(async (role) => {
      const cookies: string[] = [];
      for (let i = 0; i < CLIENTS; i++) {
        const response = await fetch(`${url}/trpc/auth.signIn`, signInRequest(url, LARGE_SIGN_INS[role]));
        const cookie = response.headers.getSetCookie().find((c) => c.includes("circle_session="));
        if (!response.ok || !cookie) throw new Error(`sign-in as ${role} failed: ${response.status} ${await response.text()}`);
        cookies.push(cookie.split(";")[0] ?? "");
      }
      return [role, cookies] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Role, string[]>;
}

function signInRequest(url: string, email: string) {
  return {
    method: "POST",
    headers: { origin: url, "content-type": "application/json" },
    body: JSON.stringify({ json: { email, password: FACTORY_PASSWORD } }),
  };
}

export function requestOf(c: Case, url: string): HttpRequest {
  if (c.calls) return { method: "GET", path: trpcPath(c.calls) };
  if (c.mutation) {
    const bodies = c.mutation.inputs.map((input) => JSON.stringify({ json: input }));
    return {
      method: "POST",
      path: `/trpc/${c.mutation.path}`,
      body: bodies[0],
      bodies,
      headers: { origin: url, "content-type": "application/json" },
    };
  }
  if (c.kind === "sign-in" && c.http) {
    const [first, ...rest] = SIGN_IN_POOL.map((email) => signInRequest(url, email));
    if (!first) throw new Error("no accounts to sign in with");
    return {
      method: "POST",
      path: c.http.path,
      body: first.body,
      bodies: [first, ...rest].map((init) => init.body),
      headers: first.headers,
    };
  }
  if (!c.http) throw new Error(`${c.name} has neither procedures nor a route`);
  return { method: c.http.method, path: c.http.path };
}

/** Every case must answer 200 with something in it: a benchmark of an empty answer measures nothing. */
export async function expectRealData(url: string, c: Case, request: HttpRequest, cookie: string | undefined) {
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
    body: request.body,
  });
  const text = await response.text();
  // A batch (a home page) answers with real data when no call failed and its cards are not all
  // empty (a person may well have no saved views); a single call must not be empty itself.
  const json = response.headers.get("content-type")?.includes("json") ?? false;
  const answers = json ? [JSON.parse(text) as unknown].flat() : [];
  const isEmpty = (answer: unknown) => /^\{"result":\{"data":\{"json":(\[\]|null|\{"rows":\[\])/.test(JSON.stringify(answer));
  const failed = answers.some((answer) => JSON.stringify(answer).startsWith('{"error"'));
  const empty = text.length < 40 || (answers.length > 0 && answers.every(isEmpty));
  if (!response.ok || failed || empty)
    throw new Error(`${c.name} answered ${response.status} with no data: ${text.slice(0, 300)}`);
}
