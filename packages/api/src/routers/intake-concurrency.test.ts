import { uniqueSuffix } from "@circle/db/testing";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toTRPCError } from "../errors.ts";
import { type Harness, openHarness } from "../testing/harness.ts";
import { makeProgramWithConsent, newMember, type ProgramWithConsent, recordApplication } from "../testing/intake.ts";
import type { Caller } from "../testing/programs.ts";
import { clientShapeOf } from "../testing/refusals.ts";

// With DATABASE_URL these calls race on real PostgreSQL connections; on PGlite they queue.
let h: Harness;
let admin: Caller;
let program: ProgramWithConsent;
beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN"));
  program = await makeProgramWithConsent(admin);
});
afterAll(() => h.close());

const db = () => h.services.db;

/** The refusals' codes and the fields they name. */
function refusalsOf(results: PromiseSettledResult<unknown>[]) {
  return results.flatMap((r) => {
    if (r.status === "fulfilled") return [];
    const error = r.reason as TRPCError;
    return [{ code: error.code, fields: Object.keys(clientShapeOf(error).data.fieldErrors ?? {}) }];
  });
}

describe("the same new person recorded by 5 requests at once", () => {
  it("makes one member and one application; the other 4 are told this may be someone on record (409)", async () => {
    const person = newMember();
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => recordApplication(admin, program, { applicant: { newMember: person } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refusalsOf(results)).toEqual(Array(4).fill({ code: "CONFLICT", fields: ["applicant"] }));
    const members = await db().member.findMany({ where: { lastName: person.lastName } });
    expect(members).toHaveLength(1);
    expect(await db().application.count({ where: { memberId: members[0]?.id } })).toBe(1);
  });

  it("also when only the email or the phone is the same (each fact is locked)", async () => {
    const email = `same.${uniqueSuffix()}@example.org`;
    const phone = `(312) 555-${String(Date.now()).slice(-4)}`;
    const byEmail = Array.from({ length: 3 }, () => newMember({ email }));
    const byPhone = Array.from({ length: 3 }, () => newMember({ phone, email: null }));
    const results = await Promise.allSettled(
      [...byEmail, ...byPhone].map((person) => recordApplication(admin, program, { applicant: { newMember: person } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(refusalsOf(results)).toEqual(Array(4).fill({ code: "CONFLICT", fields: ["applicant"] }));
    expect(await db().member.count({ where: { email } })).toBe(1);
    expect(await db().member.count({ where: { phone } })).toBe(1);
  });
});

describe("one member, 5 applications to one program at once", () => {
  it("leaves one application in progress; the other 4 are told they already have one (409)", async () => {
    const first = await recordApplication(admin, program);
    await admin.intake.move({ applicationId: first.id, to: "WITHDRAWN", reason: "Applied again later" });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => recordApplication(admin, program, { applicant: { memberId: first.memberId } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refusalsOf(results)).toEqual(Array(4).fill({ code: "CONFLICT", fields: ["applicant"] }));
    const open = await db().application.count({
      where: { memberId: first.memberId, programId: program.id, status: { not: "WITHDRAWN" } },
    });
    expect(open).toBe(1);
  });

  it("is held by a unique index too: a second application in progress written past the command is a 409 naming the field", async () => {
    const application = await recordApplication(admin, program);
    const raw = await db()
      .application.create({
        data: { memberId: application.memberId, programId: program.id, referralSource: "SELF", status: "SCREENING" },
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    const shape = clientShapeOf(toTRPCError(raw) as TRPCError);
    expect(shape.data).toMatchObject({ code: "CONFLICT", httpStatus: 409, fieldErrors: { programId: [expect.any(String)] } });
    // a closed application beside it is allowed
    await db().application.create({
      data: { memberId: application.memberId, programId: program.id, referralSource: "SELF", status: "DECLINED" },
    });
  });
});
