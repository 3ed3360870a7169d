import { startSession } from "@circle/auth";
import { createUserRecord, type UserOverrides } from "@circle/db/testing";
import type { Role } from "@circle/validators";
import type { Harness } from "./harness.ts";

/** A signed-in browser: each request() resolves its cookie afresh, as the server does per request. */
export interface Browser {
  user: Awaited<ReturnType<typeof createUserRecord>>;
  token: string;
  request(): ReturnType<Harness["callerWithToken"]>;
}

export async function signedInBrowser(h: Harness, role: Role, overrides: UserOverrides = {}): Promise<Browser> {
  const user = await createUserRecord(h.services.db, { role, ...overrides });
  const { token } = await startSession(h.services.db, user.id, h.services.sessionPolicy);
  return { user, token, request: () => h.callerWithToken(token) };
}
