import { describe, expect, it } from "vitest";
import { hashToken, newToken } from "./tokens.ts";

describe("newToken", () => {
  it("is 256 random bits, written URL-safe without padding (fit for a cookie)", () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  });

  it("never repeats", () => {
    const tokens = new Set(Array.from({ length: 2000 }, () => newToken()));
    expect(tokens.size).toBe(2000);
  });
});

describe("hashToken", () => {
  it("is the sha256 of the token in lowercase hex", () => {
    // FIPS 180-2 test vector: sha256("abc")
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashToken(newToken())).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is stable for one token, differs from the token and between tokens", () => {
    const token = newToken();
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toBe(token);
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken(token)).not.toBe(hashToken(newToken()));
  });
});
