import { createSignInLimiter, resolveSession, type SignInLimits, startSession } from "@circle/auth";
import { createUserRecord, openTestDb, type TestDbHandle, type UserOverrides } from "@circle/db/testing";
import type { Role } from "@circle/validators";
import { createContextInner, type Services } from "../context.ts";
import { createCaller } from "../root.ts";
import { createServices } from "../services.ts";

/** Records what a procedure did to the session cookie, as a browser would hold it. */
export class CookieRecorder {
  token: string | undefined;
  expiresAt: Date | undefined;
  set(token: string, expiresAt: Date) {
    this.token = token;
    this.expiresAt = expiresAt;
  }
  clear() {
    this.token = undefined;
    this.expiresAt = undefined;
  }
}

export interface Harness {
  handle: TestDbHandle;
  services: Services;
  /** A caller as the browser holding this cookie token would be (resolved like the server does). */
  callerWithToken(token: string | undefined, cookie?: CookieRecorder, ip?: string): Promise<ReturnType<typeof createCaller>>;
  /** Creates a user of this role, signs them in, and returns their caller. */
  signedIn(
    role: Role,
    overrides?: UserOverrides,
  ): Promise<{ caller: ReturnType<typeof createCaller>; user: { id: string; email: string } }>;
  anonymous(cookie?: CookieRecorder, ip?: string): ReturnType<typeof createCaller>;
  close(): Promise<void>;
}

/** A real database (PGlite or PostgreSQL) and real services, for createCaller tests. */
export async function openHarness(limits?: SignInLimits): Promise<Harness> {
  const handle = await openTestDb();
  const services = createServices(handle.prisma, { signInLimiter: createSignInLimiter(handle.prisma, limits) });
  const callerWithToken: Harness["callerWithToken"] = async (token, cookie = new CookieRecorder(), ip = "203.0.113.9") => {
    const session = await resolveSession(services.db, token, services.sessionPolicy);
    return createCaller(createContextInner(services, { session, sessionToken: token, cookie, ip, userAgent: "vitest" }));
  };
  return {
    handle,
    services,
    callerWithToken,
    anonymous: (cookie = new CookieRecorder(), ip = "203.0.113.9") =>
      createCaller(createContextInner(services, { cookie, ip, userAgent: "vitest" })),
    async signedIn(role, overrides = {}) {
      const user = await createUserRecord(services.db, { role, ...overrides });
      const { token } = await startSession(services.db, user.id, services.sessionPolicy);
      return { caller: await callerWithToken(token), user };
    },
    close: () => handle.close(),
  };
}
