import type { Db } from "@circle/db";

export interface SignInLimits {
  /** sign-in attempts allowed per account in the window (a success gives its attempt back) */
  perAccount: number;
  /** failed attempts for accounts that do not exist allowed per network address in the window */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 };

export class SignInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
  }
}

interface Counter {
  points: number;
  /** seconds until the window ends */
  secondsLeft: number;
}

/**
 * Counts sign-in attempts in the database, so every server process shares them.
 *
 * Per account: every attempt is counted with one atomic upsert *before* the password is
 * checked, so attempts that arrive together cannot all slip under the limit; a success gives its
 * attempt back. Per address: only failures for accounts that do not exist count, and going over
 * refuses failed attempts, never a correct password, so a whole office behind one address (or a
 * load balancer without TRUST_PROXY) is not locked out by someone guessing emails.
 */
export function createSignInLimiter(db: Db, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
  const accountKey = (email: string) => `signin:account:${email.trim().toLowerCase()}`;
  const addressKey = (ip: string) => `signin:address:${ip}`;

  // One statement: a row in a passed window starts again at 1. PostgreSQL serialises concurrent
  // upserts of one key on its row, so every attempt is counted.
  const hit = async (key: string): Promise<Counter> => {
    const [row] = await db.$queryRaw<Counter[]>`
      INSERT INTO "RateLimit" (key, points, expire)
      VALUES (${key}, 1, now() + make_interval(secs => ${limits.windowSeconds}::double precision))
      ON CONFLICT (key) DO UPDATE SET
        points = CASE WHEN "RateLimit".expire IS NULL OR "RateLimit".expire > now() THEN "RateLimit".points + 1 ELSE 1 END,
        expire = CASE WHEN "RateLimit".expire IS NULL OR "RateLimit".expire > now() THEN "RateLimit".expire ELSE EXCLUDED.expire END
      RETURNING points, ceil(extract(epoch FROM expire - now()))::int AS "secondsLeft"`;
    if (!row) throw new Error(`rate limit counter ${key} was not written`);
    return row;
  };

  const read = async (key: string): Promise<Counter | undefined> => {
    const [row] = await db.$queryRaw<Counter[]>`
      SELECT points, ceil(extract(epoch FROM expire - now()))::int AS "secondsLeft"
      FROM "RateLimit" WHERE key = ${key} AND expire > now()`;
    return row;
  };

  return {
    /** Counts this attempt against the account; throws SignInThrottled when it is one too many. */
    async attempt(email: string): Promise<void> {
      const account = await hit(accountKey(email));
      if (account.points > limits.perAccount) throw new SignInThrottled(account.secondsLeft);
    },
    /** The password was right: the attempt is given back. */
    async succeeded(email: string): Promise<void> {
      await db.$executeRaw`UPDATE "RateLimit" SET points = GREATEST(points - 1, 0) WHERE key = ${accountKey(email)}`;
    },
    /**
     * The attempt failed. Failures for unknown accounts count against the address; once it is
     * over its limit every failed attempt from it is answered SignInThrottled (known accounts
     * too, so the answer does not tell which emails exist).
     */
    async failed(ip: string, accountExists: boolean): Promise<void> {
      const address = accountExists ? await read(addressKey(ip)) : await hit(addressKey(ip));
      if (address && address.points > limits.perAddress) throw new SignInThrottled(address.secondsLeft);
    },
  };
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
