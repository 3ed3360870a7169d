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

async function fail(limiter: ReturnType<typeof createSignInLimiter>, email: string, ip: string, times: number) {
  for (let i = 0; i < times; i++) {
    await limiter.check(email, ip);
    await limiter.failed(email, ip);
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

describe("per account", () => {
  it("locks an account after N failed attempts, from any address, saying when to retry", async () => {
    const limiter = createSignInLimiter(handle.prisma, limits);
    const { email, ip } = fresh();
    await fail(limiter, email, ip, 2);
    await limiter.check(email, ip); // the third attempt may still be made
    await limiter.failed(email, ip);
    const throttled = await refusal(limiter.check(email, "198.51.100.200"));
    expect(throttled.retryAfterSeconds).toBeGreaterThan(0);
    expect(throttled.retryAfterSeconds).toBeLessThanOrEqual(limits.windowSeconds);
    expect(throttled.message).toMatch(/Try again in 15 minutes/);
    // other accounts are not affected
    await expect(limiter.check(fresh().email, ip)).resolves.toBeUndefined();
  });

  it("a success clears the account's failures", async () => {
    const limiter = createSignInLimiter(handle.prisma, limits);
    const { email, ip } = fresh();
    await fail(limiter, email, ip, limits.perAccount - 1);
    await limiter.check(email, ip);
    await limiter.succeeded(email);
    await fail(limiter, email, fresh().ip, limits.perAccount - 1);
    // (from a new address: this one has used up its own attempts by now)
    await expect(limiter.check(email, fresh().ip)).resolves.toBeUndefined();
  });

  it("lets the account try again once the window has passed", async () => {
    const limiter = createSignInLimiter(handle.prisma, limits);
    const { email, ip } = fresh();
    await fail(limiter, email, ip, limits.perAccount);
    await refusal(limiter.check(email, ip));
    // move the stored window into the past, as if 15 minutes had gone by
    await handle.prisma.rateLimit.updateMany({
      where: { key: { contains: email } },
      data: { expire: new Date(Date.now() - 1000) },
    });
    await expect(limiter.check(email, ip)).resolves.toBeUndefined();
  });
});

describe("per address", () => {
  it("limits failed attempts from one address across different emails", async () => {
    const limiter = createSignInLimiter(handle.prisma, limits);
    const { ip } = fresh();
    for (let i = 0; i < limits.perAddress; i++) {
      const email = fresh().email;
      await limiter.check(email, ip);
      await limiter.failed(email, ip);
    }
    await refusal(limiter.check(fresh().email, ip));
    // another address is not affected
    await expect(limiter.check(fresh().email, fresh().ip)).resolves.toBeUndefined();
  });

  it("does not count successful sign-ins, so a busy office behind one address is never locked out", async () => {
    const limiter = createSignInLimiter(handle.prisma, limits);
    const { ip } = fresh();
    for (let i = 0; i < limits.perAddress * 3; i++) {
      const email = fresh().email;
      await limiter.check(email, ip);
      await limiter.succeeded(email);
    }
    await expect(limiter.check(fresh().email, ip)).resolves.toBeUndefined();
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

  it("counts failures made through one limiter in the other", async () => {
    const one = createSignInLimiter(handle.prisma, limits);
    const other = createSignInLimiter((second ?? handle).prisma, limits);
    const { email, ip } = fresh();
    await fail(one, email, ip, 1);
    await fail(other, email, ip, 1);
    await fail(one, email, ip, 1);
    await refusal(other.check(email, ip));
    await refusal(one.check(email, ip));
    // and a success through one clears the count for both
    await one.succeeded(email);
    await expect(other.check(email, fresh().ip)).resolves.toBeUndefined();
  });

  it("counts failed attempts per address across limiters", async () => {
    const one = createSignInLimiter(handle.prisma, limits);
    const other = createSignInLimiter((second ?? handle).prisma, limits);
    const { ip } = fresh();
    for (let i = 0; i < limits.perAddress; i++) await (i % 2 ? one : other).failed(fresh().email, ip);
    await refusal(one.check(fresh().email, ip));
    await refusal(other.check(fresh().email, ip));
  });
});
