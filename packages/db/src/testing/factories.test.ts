import { email } from "@circle/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client.ts";
import { createUserRecord } from "./factories.ts";
import { openTestDb } from "./test-db.ts";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

describe("createUserRecord", () => {
  // Tests sign these people in through the API, whose email rule must accept every one of them.
  it("makes emails the app's own email rule accepts, unchanged", async () => {
    const users = await Promise.all(Array.from({ length: 300 }, () => createUserRecord(handle.prisma)));
    const refused = users.map((u) => u.email).filter((e) => email.safeParse(e).data !== e);
    expect(refused).toEqual([]);
  });
});
