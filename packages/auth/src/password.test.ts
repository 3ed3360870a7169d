import { FACTORY_PASSWORD, FACTORY_PASSWORD_HASH } from "@circle/db/testing";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.ts";

// $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>: the OWASP parameters, readable in the stored hash.
const OWASP_ARGON2ID = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/;

describe("hashPassword", () => {
  it("stores argon2id with 19 MiB memory, 2 iterations and 1 lane", async () => {
    expect(await hashPassword("correct horse battery staple")).toMatch(OWASP_ARGON2ID);
  });

  it("salts every hash, so equal passwords do not give equal hashes", async () => {
    const [a, b] = await Promise.all([hashPassword("same password twice"), hashPassword("same password twice")]);
    expect(a).not.toBe(b);
  });

  it("never contains the password itself", async () => {
    expect(await hashPassword("plain-text-leak-check")).not.toContain("plain-text-leak-check");
  });
});

describe("verifyPassword", () => {
  it("accepts the password that was hashed and refuses any other", async () => {
    const stored = await hashPassword("Grief group 2026 — Tuesday");
    expect(await verifyPassword(stored, "Grief group 2026 — Tuesday")).toBe(true);
    expect(await verifyPassword(stored, "grief group 2026 — tuesday")).toBe(false);
    expect(await verifyPassword(stored, "Grief group 2026 — Tuesday ")).toBe(false);
    expect(await verifyPassword(stored, "")).toBe(false);
  });

  it("returns false for an unknown user (no hash), whatever the password", async () => {
    expect(await verifyPassword(null, FACTORY_PASSWORD)).toBe(false);
    // the decoy hash verified on this path must not let its own password in either
    expect(await verifyPassword(null, "decoy password that never matches")).toBe(false);
  });

  it("returns false rather than throwing for a damaged stored hash", async () => {
    await expect(verifyPassword("not-a-hash", "anything")).resolves.toBe(false);
    await expect(verifyPassword("$argon2id$v=19$m=19456,t=2,p=1$truncated", "anything")).resolves.toBe(false);
  });

  it("accepts the factories' precomputed hash for the factory password (demo and test accounts)", async () => {
    expect(FACTORY_PASSWORD_HASH).toMatch(OWASP_ARGON2ID);
    expect(await verifyPassword(FACTORY_PASSWORD_HASH, FACTORY_PASSWORD)).toBe(true);
  });
});
