import { rm } from "node:fs/promises";
import { MAX_BATCH_SIZE } from "@circle/api";
import { createDb, type DbHandle } from "@circle/db";
import { createUserRecord, FACTORY_PASSWORD, openTestDb } from "@circle/db/testing";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appOn, HOST, mutation, query, webRootWithIndex } from "../testing/app-under-test.ts";

// What the HTTP layer refuses or adds whatever the procedure: batch size, sign-in in a batch,
// caching of member data, HSTS only where HTTPS is in use, a retry hint when the database is down.

let handle: DbHandle;
let webRoot: string;
let app: FastifyInstance;
beforeAll(async () => {
  [handle, webRoot] = await Promise.all([openTestDb(), webRootWithIndex()]);
  ({ app } = await appOn(handle, webRoot, { COOKIE_SECURE: "auto" }));
});
afterAll(async () => {
  await app.close();
  await handle.close();
  await rm(webRoot, { recursive: true, force: true });
});

const batchOf = (size: number) => {
  const paths = Array.from({ length: size }, () => "auth.me").join(",");
  const input = Object.fromEntries(Array.from({ length: size }, (_, i) => [i, {}]));
  return app.inject({
    method: "GET",
    url: `/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`,
    headers: { host: HOST },
  });
};

describe("batched requests", () => {
  it(`answers a batch of up to ${MAX_BATCH_SIZE} calls`, async () => {
    const response = await batchOf(MAX_BATCH_SIZE);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toHaveLength(MAX_BATCH_SIZE);
  });

  it("refuses a larger batch with 400, saying why, without running any of it", async () => {
    for (const size of [MAX_BATCH_SIZE + 1, 400]) {
      const response = await batchOf(size);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain("Batch call exceeds maximum size");
    }
  });

  it("refuses auth.signIn inside a batch, even with the right password, and sets no cookie", async () => {
    const user = await createUserRecord(handle.prisma);
    const attempt = { json: { email: user.email, password: FACTORY_PASSWORD } };
    const response = await app.inject({
      method: "POST",
      url: "/trpc/auth.signIn,auth.signIn?batch=1",
      headers: { host: HOST, origin: `http://${HOST}`, "content-type": "application/json" },
      payload: JSON.stringify({ 0: attempt, 1: attempt }),
    });
    expect(response.statusCode).toBe(400);
    const answers = response.json() as { error: { json: { message: string } } }[];
    expect(answers.map((a) => a.error.json.message)).toEqual([
      "Sign in with a request of its own, not in a batch",
      "Sign in with a request of its own, not in a batch",
    ]);
    expect(response.headers["set-cookie"]).toBeUndefined();
    // on its own it works
    expect((await mutation(app, "auth.signIn", attempt.json)).statusCode).toBe(200);
  });
});

describe("caching", () => {
  it("asks that no API answer is stored: reads, refusals, mutations, the health check", async () => {
    const user = await createUserRecord(handle.prisma);
    const answers = [
      await query(app, "auth.me"),
      await query(app, "members.list", {}, {}),
      await mutation(app, "auth.signIn", { email: user.email, password: "not the password" }),
      await app.inject({ method: "GET", url: "/healthz" }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 401, 200]);
    for (const answer of answers) expect(answer.headers["cache-control"]).toBe("no-store");
  });

  it("lets the dashboard's own files be cached as before", async () => {
    const asset = await app.inject({ method: "GET", url: "/assets/app.js", headers: { host: HOST } });
    expect(asset.headers["cache-control"]).toMatch(/max-age=\d+/);
  });
});

describe("HSTS", () => {
  it("is not sent over plain HTTP under COOKIE_SECURE=auto, as the README says", async () => {
    const response = await app.inject({ method: "GET", url: "/healthz", headers: { host: HOST } });
    expect(response.headers["strict-transport-security"]).toBeUndefined();
  });

  it("is sent under auto when the request came over HTTPS through a trusted proxy, and always under true", async () => {
    const { app: proxied } = await appOn(handle, webRoot, { TRUST_PROXY: "true", COOKIE_SECURE: "auto" });
    const { app: secure } = await appOn(handle, webRoot, { COOKIE_SECURE: "true" });
    try {
      const overHttps = await proxied.inject({ method: "GET", url: "/healthz", headers: { "x-forwarded-proto": "https" } });
      expect(overHttps.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
      const overHttp = await proxied.inject({ method: "GET", url: "/healthz" });
      expect(overHttp.headers["strict-transport-security"]).toBeUndefined();
      expect((await secure.inject({ method: "GET", url: "/healthz" })).headers["strict-transport-security"]).toMatch(
        /max-age=\d+/,
      );
    } finally {
      await proxied.close();
      await secure.close();
    }
  });
});

describe("a database that cannot be reached", () => {
  it("answers 503 with Retry-After, for a signed-in call, a command and the health check alike, never a 500", async () => {
    const down = await createDb({ url: "postgresql://postgres@127.0.0.1:1/postgres", migrate: false });
    const { app: cut } = await appOn(down, webRoot);
    try {
      const answers = [
        await query(cut, "auth.me", { cookie: "circle_session=some-token" }),
        await mutation(cut, "auth.signIn", { email: "someone@example.org", password: "a password" }),
      ];
      for (const answer of answers) {
        expect(answer.statusCode).toBe(503);
        expect(answer.headers["retry-after"]).toBe("5");
        expect(answer.json()).toMatchObject({ error: { json: { message: expect.stringMatching(/cannot be reached/) } } });
      }
      const health = await cut.inject({ method: "GET", url: "/healthz" });
      expect([health.statusCode, health.headers["retry-after"]]).toEqual([503, "5"]);
    } finally {
      await cut.close();
      await down.close();
    }
  });
});
