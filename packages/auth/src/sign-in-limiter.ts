import type { Db } from "@circle/db";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";

export interface SignInLimits {
  /** failed attempts allowed per account in the window */
  perAccount: number;
  /** failed attempts allowed per network address in the window */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 };

export class SignInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
  }
}

/**
 * Counts failed sign-ins in the database, so every server process shares them: per account (a
 * success clears it) and per address. Only failures count against an address, because a whole
 * agency office often signs in from one public address every morning.
 */
export function createSignInLimiter(db: Db, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
  const common = { storeClient: db, tableName: "rateLimit", duration: limits.windowSeconds, clearExpiredByTimeout: false };
  const byAccount = new RateLimiterPrisma({ ...common, keyPrefix: "signin:account", points: limits.perAccount });
  const byAddress = new RateLimiterPrisma({ ...common, keyPrefix: "signin:address", points: limits.perAddress });

  return {
    /** Throws SignInThrottled when the address or the account is over its limit. */
    async check(email: string, ip: string): Promise<void> {
      const [account, address] = await Promise.all([byAccount.get(email), byAddress.get(ip)]);
      for (const res of [account, address]) {
        if (res && res.consumedPoints >= (res === account ? limits.perAccount : limits.perAddress)) {
          throw new SignInThrottled(Math.ceil(res.msBeforeNext / 1000));
        }
      }
    },
    async failed(email: string, ip: string): Promise<void> {
      await Promise.all([consume(byAccount, email), consume(byAddress, ip)]);
    },
    async succeeded(email: string): Promise<void> {
      await byAccount.delete(email);
    },
  };
}

async function consume(limiter: RateLimiterPrisma, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    // Going over the limit is recorded; the next check() refuses. Real errors propagate.
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
