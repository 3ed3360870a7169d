import { rm } from "node:fs/promises";
import { hashPassword, hashToken, newToken } from "@circle/auth";
import type { DbHandle } from "@circle/db";
import { createUserRecord, FACTORY_PASSWORD, openTestDb } from "@circle/db/testing";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appOn,
  dataOf,
  HOST,
  INDEX_HTML,
  LogCapture,
  mutation,
  query,
  sessionCookieOf,
  webRootWithIndex,
} from "../testing/app-under-test.ts";

let handle: DbHandle;
let webRoot: string;
let app: FastifyInstance;
beforeAll(async () => {
  [handle, webRoot] = await Promise.all([openTestDb(), webRootWithIndex()]);
  ({ app } = await appOn(handle, webRoot, { COOKIE_SECURE: "false" }));
});
afterAll(async () => {
  await app.close();
  await handle.close();
  await rm(webRoot, { recursive: true, force: true });
});

const signIn = (target: FastifyInstance, email: string, password = FACTORY_PASSWORD, headers: Record<string, string> = {}) =>
  mutation(target, "auth.signIn", { email, password }, headers);

describe("GET /healthz", () => {
  it("answers 200 ok while the database answers", async () => {
    const response = await app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 once the database is gone, and procedures fail without details", async () => {
    const lost = await openTestDb();
    const log = new LogCapture();
    const { app: orphan } = await appOn(lost, webRoot, { LOG_LEVEL: "trace" }, log);
    await lost.close();
    try {
      const health = await orphan.inject({ method: "GET", url: "/healthz" });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ status: "unavailable" });

      const failed = await signIn(orphan, "someone@example.org", "a password that must not leak");
      expect(failed.statusCode).toBe(500);
      expect(failed.json().error.json.message).toMatch(/Something went wrong on our side/);
      expect(failed.body).not.toMatch(/stack|node_modules|\.ts:\d+|Prisma|pool/i);
      expect(log.text).toContain("procedure failed");
      expect(log.text).not.toContain("a password that must not leak");
    } finally {
      await orphan.close();
    }
  });
});

describe("security headers", () => {
  it.each([
    ["the health check", "/healthz", "application/json"],
    ["a page of the dashboard", "/cohorts", "text/html"],
    ["a procedure", "/trpc/auth.me", "application/json"],
  ])("are on %s", async (_what, url, accept) => {
    const response = await app.inject({ method: "GET", url, headers: { host: HOST, accept } });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("asks browsers to keep to HTTPS only when cookies are Secure", async () => {
    const plain = await app.inject({ method: "GET", url: "/healthz" });
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
    const { app: secure } = await appOn(handle, webRoot, { COOKIE_SECURE: "true" });
    const response = await secure.inject({ method: "GET", url: "/healthz" });
    expect(response.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    await secure.close();
  });
});

describe("signing in over HTTP", () => {
  it("sets an httpOnly, SameSite=Lax session cookie that then identifies the person", async () => {
    const user = await createUserRecord(handle.prisma, { role: "STAFF" });
    const response = await signIn(app, user.email);
    expect(response.statusCode).toBe(200);
    expect(dataOf(response)).toMatchObject({ id: user.id, role: "STAFF" });

    const cookie = sessionCookieOf(response);
    expect(cookie).toMatchObject({ name: "circle_session", httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie.secure).toBeFalsy();
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(cookie.expires as Date).getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);

    const me = await query(app, "auth.me", { cookie: cookie.header });
    expect(me.statusCode).toBe(200);
    expect(dataOf(me)).toMatchObject({ id: user.id, email: user.email });
    // without the cookie, nobody
    expect(dataOf(await query(app, "auth.me"))).toBeNull();
    // an answer goes out whole, with its length and the headers tRPC chose, not as a chunked stream
    expect(me.headers["content-length"]).toBe(String(Buffer.byteLength(me.body)));
    expect(me.headers["transfer-encoding"]).toBeUndefined();
    expect(me.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("uses a Secure __Host- cookie when COOKIE_SECURE=true", async () => {
    const { app: secure } = await appOn(handle, webRoot, { COOKIE_SECURE: "true" });
    try {
      const user = await createUserRecord(handle.prisma);
      const cookie = sessionCookieOf(await signIn(secure, user.email));
      expect(cookie).toMatchObject({ name: "__Host-circle_session", secure: true, httpOnly: true, sameSite: "Lax", path: "/" });
      expect(cookie.domain).toBeUndefined();
      expect(dataOf(await query(secure, "auth.me", { cookie: cookie.header }))).toMatchObject({ id: user.id });
    } finally {
      await secure.close();
    }
  });

  it("behind a TLS proxy it trusts, uses a Secure cookie and accepts the https origin", async () => {
    const { app: proxied } = await appOn(handle, webRoot, { TRUST_PROXY: "true", COOKIE_SECURE: "auto" });
    try {
      const user = await createUserRecord(handle.prisma);
      const response = await signIn(proxied, user.email, FACTORY_PASSWORD, {
        origin: `https://${HOST}`,
        "x-forwarded-proto": "https",
      });
      expect(response.statusCode).toBe(200);
      expect(sessionCookieOf(response)).toMatchObject({ name: "__Host-circle_session", secure: true });
    } finally {
      await proxied.close();
    }
  });

  it("signing out ends the session on the server and clears the cookie", async () => {
    const user = await createUserRecord(handle.prisma);
    const cookie = sessionCookieOf(await signIn(app, user.email));
    const out = await mutation(app, "auth.signOut", undefined, { cookie: cookie.header });
    expect(out.statusCode).toBe(200);
    const cleared = sessionCookieOf(out);
    expect(cleared.value).toBe("");
    expect(new Date(cleared.expires as Date).getTime()).toBeLessThanOrEqual(Date.now());
    expect(dataOf(await query(app, "auth.me", { cookie: cookie.header }))).toBeNull();
  });
});

describe("cross-site requests", () => {
  it("refuses a mutation that is not JSON (what a cross-site form can send) with 415", async () => {
    const user = await createUserRecord(handle.prisma);
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await signIn(app, user.email, FACTORY_PASSWORD, { "content-type": contentType });
      expect(response.statusCode).toBe(415);
      expect(response.headers["set-cookie"]).toBeUndefined();
    }
    expect(await handle.prisma.signInSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a mutation from a foreign origin with 403", async () => {
    const user = await createUserRecord(handle.prisma);
    const foreign = await signIn(app, user.email, FACTORY_PASSWORD, { origin: "https://evil.example" });
    expect(foreign.statusCode).toBe(403);
    const noOriginButCrossSite = await signIn(app, user.email, FACTORY_PASSWORD, { origin: "", "sec-fetch-site": "cross-site" });
    expect(noOriginButCrossSite.statusCode).toBe(403);
    expect(await handle.prisma.signInSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("accepts a mutation from an origin listed in ALLOWED_ORIGINS", async () => {
    const { app: allowing } = await appOn(handle, webRoot, {
      ALLOWED_ORIGINS: "https://staff.example.org, https://other.example.org",
    });
    try {
      const user = await createUserRecord(handle.prisma);
      const response = await signIn(allowing, user.email, FACTORY_PASSWORD, { origin: "https://other.example.org" });
      expect(response.statusCode).toBe(200);
    } finally {
      await allowing.close();
    }
  });
});

describe("invalid input", () => {
  it("answers 400 naming each field, with no stack trace", async () => {
    const response = await signIn(app, "not-an-email", "");
    expect(response.statusCode).toBe(400);
    const error = response.json().error.json;
    expect(error.data).toMatchObject({
      code: "BAD_REQUEST",
      httpStatus: 400,
      path: "auth.signIn",
      fieldErrors: { email: [expect.any(String)], password: [expect.any(String)] },
    });
    expect(error.data).not.toHaveProperty("stack");
    expect(response.body).not.toMatch(/node_modules|\.ts:\d+|\s+at\s/);
  });
});

describe("the dashboard", () => {
  it("serves index.html for any page a browser asks for, so client-side routes survive a reload", async () => {
    for (const url of ["/", "/cohorts/0190a000-0000-7000-8000-000000000000/attendance", "/members?status=active"]) {
      const response = await app.inject({ method: "GET", url, headers: { accept: "text/html,application/xhtml+xml" } });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toMatch(/text\/html/);
      expect(response.body).toBe(INDEX_HTML);
    }
  });

  it("serves the built assets, and answers 404 to what is neither a page nor a file", async () => {
    const asset = await app.inject({ method: "GET", url: "/assets/app.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toContain("circle");
    const json = await app.inject({ method: "GET", url: "/missing.json", headers: { accept: "application/json" } });
    expect(json.statusCode).toBe(404);
    expect(json.json()).toEqual({ error: "Not found" });
    const unknownProcedure = await app.inject({ method: "GET", url: "/trpc/nothing.here", headers: { accept: "text/html" } });
    expect(unknownProcedure.statusCode).toBe(404);
    expect(unknownProcedure.body).not.toBe(INDEX_HTML);
  });
});

describe("the log", () => {
  it("never contains a password, a session token, a calendar token or what was searched for", async () => {
    const log = new LogCapture();
    const { app: logged } = await appOn(handle, webRoot, { LOG_LEVEL: "trace" }, log);
    try {
      const password = "Log-Canary-Passphrase-1234";
      const admin = await createUserRecord(handle.prisma, { role: "ADMIN" });
      await handle.prisma.user.update({ where: { id: admin.id }, data: { passwordHash: await hashPassword(password) } });

      expect((await signIn(logged, admin.email, "Wrong-Canary-Passphrase")).statusCode).toBe(401);
      const response = await signIn(logged, admin.email, password);
      const cookie = sessionCookieOf(response);
      const search = await query(logged, "users.list", { cookie: cookie.header }, { q: "Canary Searchname" });
      expect(search.statusCode).toBe(200);

      const calendarToken = newToken();
      await handle.prisma.user.update({ where: { id: admin.id }, data: { calendarTokenHash: hashToken(calendarToken) } });
      expect((await logged.inject({ method: "GET", url: `/calendar/${calendarToken}.ics` })).statusCode).toBe(200);
      expect((await mutation(logged, "auth.signOut", undefined, { cookie: cookie.header })).statusCode).toBe(200);

      // the log did record these requests …
      expect(log.text).toContain("/trpc/auth.signIn");
      expect(log.text).toContain("/trpc/users.list");
      // … but none of the secrets in them
      for (const secret of [
        password,
        "Wrong-Canary-Passphrase",
        cookie.value,
        calendarToken,
        "Canary Searchname",
        "Canary%20Searchname",
      ]) {
        expect(log.text).not.toContain(secret);
      }
    } finally {
      await logged.close();
    }
  });
});
