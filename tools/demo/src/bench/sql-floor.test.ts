import { describe, expect, it } from "vitest";
import { replayable } from "./sql-floor.ts";

describe("a captured statement replayed as the SQL floor", () => {
  it("inserts a row under a new id each time, keeping every other value", () => {
    const insert = replayable({
      sql: 'INSERT INTO "public"."AuditEvent" ("actorId","id","action") VALUES ($1,$2,$3) RETURNING "id"',
      params: ["user-1", "01a237ba-a55d-74c9-80f5-f0698928a908", "roster.read"],
    });
    const [first, second] = [insert.params(), insert.params()];
    expect(first[1]).not.toBe("01a237ba-a55d-74c9-80f5-f0698928a908");
    expect(second[1]).not.toBe(first[1]);
    expect([first[0], first[2]]).toEqual(["user-1", "roster.read"]);
  });

  it("sends a read as it was captured", () => {
    const read = replayable({ sql: 'SELECT "id" FROM "public"."Cohort" WHERE "id" = $1', params: ["c-1"] });
    expect(read.params()).toEqual(["c-1"]);
  });
});
