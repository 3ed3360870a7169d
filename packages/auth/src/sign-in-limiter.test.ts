import { createDb, type DbHandle, readDbEnv } from "@circle/db";
import { openTestDb } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSignInLimiter, type SignInLimits, SignInThrottled } from "./sign-in-limiter.ts";

const limits: SignInLimits = { perAccount: 3, perAddress: 5, windowSeconds: 900 };

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

let n = 0;
/** A fresh email and address per test: the counters live in the shared test database. */
function fresh() {
  n += 1;
  return { email: `limited.${n}@example.org`, ip: `192.0.2.${n}` };
}

type Limiter = ReturnType<typeof createSignInLimiter>;

/** Failed attempts at one account, each counted before it is "checked", as auth.signIn does. */
async function fail(limiter: Limiter, email: string, ip: string, times: number, accountExists = true) {
  for (let i = 0; i < times; i++) {
    await limiter.attempt(email);
    await limiter.failed(ip, accountExists);
  }
}

async function refusal(attempt: Promise<void>): Promise<SignInThrottled> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignInThrottled);
  return error as SignInThrottled;
}

const pointsOf = async (key: string) => (await handle.prisma.rateLimit.findUnique({ where: { key } }))?.points;

describe("per account", () => {
  it("refuses the attempt after N, from any address, before it is checked, saying when to retry", async () => {
    const limiter = createSignInLimiter(handle.prisma, limits);
    const { email, ip } = fresh();
    await fail(limiter, email, ip, limits.perAccount);
    const throttled = await refusal(limiter.attempt(email));
    expect(throttled.retryAfterSeconds).toBeGreaterThan(0);
    expect(throttled.retryAfterSeconds).toBeLessThanOrEqual(limits.windowSeconds);
    expect(throttled.message).toMatch(/Try again in 15 minutes/);
    // the same account by another spelling is the same account; other accounts are not affected
    await refusal(limiter.attempt(email.toUpperCase()));
    await expect(limiter.attempt(fresh().email)).resolves.toBeUndefined();
  });

  it("counts every one of many attempts made at the same moment", async () => {
    const limiter = createSignInLimiter(handle.prisma, limits);
    const { email } = fresh();
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => limiter.attempt(email)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(limits.perAccount);
    expect(outcomes.filter((o) => o.status === "rejected" && o.reason instanceof SignInThrottled)).toHaveLength(17);
    expect(await pointsOf(`signin:account:${email}`)).toBe(20);
  });

  it("a success gives back its own attempt, not the failures before it", async () => {
    const limiter = createSignInLimiter(handle.prisma, limits);
    const { email, ip } = fresh();
    await fail(limiter, email, ip, limits.perAccount - 1);
    await limiter.attempt(email);
    await limiter.succeeded(email);
    await limiter.attempt(email); // the last one allowed
    await limiter.failed(ip, true);
    await refusal(limiter.attempt(email));
  });

  it("lets the account try again once the window has passed", async () => {
    const limiter = createSignInLimiter(handle.prisma, limits);
    const { email, ip } = fresh();
    await fail(limiter, email, ip, limits.perAccount);
    await refusal(limiter.attempt(email));
    // move the stored window into the past, as if 15 minutes had gone by
    await handle.prisma.rateLimit.updateMany({
      where: { key: { contains: email } },
      data: { expire: new Date(Date.now() - 1000) },
    });
    await expect(limiter.attempt(email)).resolves.toBeUndefined();
    expect(await pointsOf(`signin:account:${email}`)).toBe(1);
  });
});

describe("per address", () => {
  it("refuses failed attempts once an address has tried too many emails that do not exist", async () => {
    const limiter = createSignInLimiter(handle.prisma, limits);
    const { ip } = fresh();
    for (let i = 0; i < limits.perAddress; i++) await fail(limiter, fresh().email, ip, 1, false);
    await refusal(limiter.failed(ip, false));
    // a known account's failure from there is answered alike, so the answer tells nothing
    await refusal(limiter.failed(ip, true));
    // another address is not affected
    await expect(limiter.failed(fresh().ip, false)).resolves.toBeUndefined();
  });

  it("never counts known accounts' failures or successes, so an office behind one address is not locked out", async () => {
    const limiter = createSignInLimiter(handle.prisma, limits);
    const { ip } = fresh();
    for (let i = 0; i < limits.perAddress * 3; i++) {
      const { email } = fresh();
      await fail(limiter, email, ip, 1, true);
      await limiter.attempt(email);
      await limiter.succeeded(email);
    }
    await expect(limiter.failed(ip, true)).resolves.toBeUndefined();
    expect(await pointsOf(`signin:address:${ip}`)).toBeUndefined();
  });
});

describe("shared by server processes", () => {
  // On PostgreSQL the second limiter gets its own connection pool, as a second process would.
  let second: DbHandle | undefined;
  beforeAll(async () => {
    const { DATABASE_URL } = readDbEnv();
    if (!DATABASE_URL) return;
    const [row] = await handle.sql.query<{ name: string }>("SELECT current_database() AS name");
    const url = new URL(DATABASE_URL);
    url.pathname = `/${row?.name}`;
    second = await createDb({ url: url.toString(), poolSize: 2, migrate: false });
  });
  afterAll(() => second?.close());

  it("counts attempts made through one limiter in the other, also at the same moment", async () => {
    const one = createSignInLimiter(handle.prisma, limits);
    const other = createSignInLimiter((second ?? handle).prisma, limits);
    const { email } = fresh();
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => (i % 2 ? one : other).attempt(email)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(limits.perAccount);
    await refusal(one.attempt(email));
    await refusal(other.attempt(email));
  });

  it("counts failed attempts per address across limiters", async () => {
    const one = createSignInLimiter(handle.prisma, limits);
    const other = createSignInLimiter((second ?? handle).prisma, limits);
    const { ip } = fresh();
    for (let i = 0; i < limits.perAddress; i++) await (i % 2 ? one : other).failed(ip, false);
    await refusal(one.failed(ip, false));
    await refusal(other.failed(ip, false));
  });
});
