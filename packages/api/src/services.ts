import { createSignInLimiter } from "@circle/auth";
import type { Db } from "@circle/db";
import type { Services } from "./context.ts";

/**
 * The one way to make a process's services: the server, the test harness and the benchmark
 * all build them here and override only what they configure (a reporting replica, session policy, sign-in limits).
 */
export function createServices(db: Db, overrides: Partial<Omit<Services, "db">> = {}): Services {
  return {
    db,
    reportingDb: overrides.reportingDb ?? db,
    sessionPolicy: overrides.sessionPolicy ?? { idleMinutes: 30, maxHours: 12 },
    signInLimiter: overrides.signInLimiter ?? createSignInLimiter(db),
  };
}
