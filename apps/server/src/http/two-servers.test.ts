import { rm } from "node:fs/promises";
import { createDb, type DbHandle, readDbEnv } from "@circle/db";
import { createUserRecord, FACTORY_PASSWORD, openTestDb } from "@circle/db/testing";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appOn, dataOf, mutation, query, sessionCookieOf, webRootWithIndex } from "../testing/app-under-test.ts";

// Several server processes behind a load balancer share nothing but the database: a session or a
// sign-in lock made through one must hold on every other. Needs a PostgreSQL server.
const { DATABASE_URL } = readDbEnv();

describe.runIf(DATABASE_URL)("two server processes on one PostgreSQL database", () => {
  let first: DbHandle;
  let second: DbHandle;
  let one: FastifyInstance;
  let other: FastifyInstance;
  let webRoot: string;
  beforeAll(async () => {
    first = await openTestDb();
    const [row] = await first.sql.query<{ name: string }>("SELECT current_database() AS name");
    const url = new URL(DATABASE_URL ?? "");
    url.pathname = `/${row?.name}`;
    // its own connection pool, as another process would have; it migrates too and finds nothing to do
    second = await createDb({ url: url.toString(), poolSize: 3 });
    webRoot = await webRootWithIndex();
    ({ app: one } = await appOn(first, webRoot));
    ({ app: other } = await appOn(second, webRoot));
  });
  afterAll(async () => {
    await Promise.all([one?.close(), other?.close()]);
    await second?.close();
    await first?.close();
    if (webRoot) await rm(webRoot, { recursive: true, force: true });
  });

  it("a session started on one is valid on the other, and signing out on the other ends it on both", async () => {
    const user = await createUserRecord(first.prisma, { role: "FACILITATOR" });
    const cookie = sessionCookieOf(await mutation(one, "auth.signIn", { email: user.email, password: FACTORY_PASSWORD }));

    expect(dataOf(await query(other, "auth.me", { cookie: cookie.header }))).toMatchObject({ id: user.id });
    expect(dataOf(await query(one, "auth.me", { cookie: cookie.header }))).toMatchObject({ id: user.id });

    expect((await mutation(other, "auth.signOut", undefined, { cookie: cookie.header })).statusCode).toBe(200);
    expect(dataOf(await query(one, "auth.me", { cookie: cookie.header }))).toBeNull();
    expect(dataOf(await query(other, "auth.me", { cookie: cookie.header }))).toBeNull();
  });

  it("a role change made through one takes effect on the other at the next request", async () => {
    const admin = await createUserRecord(first.prisma, { role: "ADMIN" });
    const person = await createUserRecord(first.prisma, { role: "ADMIN" });
    const adminCookie = sessionCookieOf(await mutation(one, "auth.signIn", { email: admin.email, password: FACTORY_PASSWORD }));
    const personCookie = sessionCookieOf(
      await mutation(other, "auth.signIn", { email: person.email, password: FACTORY_PASSWORD }),
    );
    expect((await query(other, "users.list", { cookie: personCookie.header }, {})).statusCode).toBe(200);

    const demoted = await mutation(one, "users.changeRole", { userId: person.id, role: "STAFF" }, { cookie: adminCookie.header });
    expect(demoted.statusCode).toBe(200);
    expect((await query(other, "users.list", { cookie: personCookie.header }, {})).statusCode).toBe(403);
  });

  it("failed sign-ins on one count on the other: the account locks everywhere", async () => {
    const user = await createUserRecord(first.prisma);
    const attempt = (app: FastifyInstance, password: string) => mutation(app, "auth.signIn", { email: user.email, password });
    // the default limit is 5 failed attempts per account
    for (const app of [one, other, one, other, one]) expect((await attempt(app, "wrong password")).statusCode).toBe(401);
    expect((await attempt(other, FACTORY_PASSWORD)).statusCode).toBe(429);
    expect((await attempt(one, FACTORY_PASSWORD)).statusCode).toBe(429);
  });
});
