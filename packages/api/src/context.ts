import type { ResolvedSession, SessionPolicy, SignInLimiter } from "@circle/auth";
import type { Actor } from "@circle/core";
import type { Db } from "@circle/db";

/** How a procedure sets or clears the session cookie without knowing about HTTP. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Made once per server process: nothing in here holds per-user state. */
export interface Services {
  db: Db;
  /** where reports and exports read: a read replica when REPORTING_DATABASE_URL is set, else db */
  reportingDb: Db;
  sessionPolicy: SessionPolicy;
  signInLimiter: SignInLimiter;
}

export interface Context extends Services {
  session: ResolvedSession | null;
  /** the raw cookie token, to end this very session on sign-out */
  sessionToken: string | undefined;
  ip: string;
  userAgent: string | undefined;
  cookie: SessionCookie;
  /** how many procedure calls came in the HTTP request (a tRPC batch); 1 for createCaller */
  callsInRequest: number;
}

/** The transport-free part of the context: what tests pass to createCaller. */
export function createContextInner(
  services: Services,
  request: Partial<Pick<Context, "session" | "sessionToken" | "ip" | "userAgent" | "cookie" | "callsInRequest">> = {},
): Context {
  return {
    ...services,
    session: request.session ?? null,
    sessionToken: request.sessionToken,
    ip: request.ip ?? "unknown",
    userAgent: request.userAgent,
    cookie: request.cookie ?? { set() {}, clear() {} },
    callsInRequest: request.callsInRequest ?? 1,
  };
}

export function actorOf(ctx: Context & { session: ResolvedSession }): Actor {
  return { userId: ctx.session.user.id, role: ctx.session.user.role, ip: ctx.ip, userAgent: ctx.userAgent };
}
