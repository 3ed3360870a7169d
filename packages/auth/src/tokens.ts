import { createHash, randomBytes } from "node:crypto";

/** 256 bits from the OS CSPRNG, URL-safe: what goes into the cookie. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps: a stolen database copy cannot be replayed as cookies. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
