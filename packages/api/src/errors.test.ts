import { AppError } from "@circle/core";
import type { DbHandle } from "@circle/db";
import { createUserRecord, openTestDb } from "@circle/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toTRPCError } from "./errors.ts";
import { clientShapeOf } from "./testing/refusals.ts";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

const MISSING_ID = "01900000-0000-7000-8000-000000000000";

/** What the client would see for the error a real database operation threw. */
async function seenByClient(operation: Promise<unknown>) {
  const raw = await operation.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(raw).toBeDefined();
  const mapped = toTRPCError(raw);
  expect(mapped).toBeInstanceOf(TRPCError);
  return clientShapeOf(mapped as TRPCError);
}

describe("toTRPCError", () => {
  it("turns a unique violation into CONFLICT naming the field (a race the domain's own check missed)", async () => {
    await createUserRecord(handle.prisma, { email: "raced@example.org" });
    const shape = await seenByClient(createUserRecord(handle.prisma, { email: "raced@example.org" }));
    expect(shape.data).toMatchObject({ code: "CONFLICT", httpStatus: 409, fieldErrors: { email: [expect.any(String)] } });
  });

  it("turns a missing linked record into BAD_REQUEST naming the field", async () => {
    const shape = await seenByClient(
      handle.prisma.credential.create({ data: { userId: MISSING_ID, kind: "CERTIFICATION", title: "X" } }),
    );
    expect(shape.data).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400, fieldErrors: { userId: [expect.any(String)] } });
  });

  it("turns a record that vanished into NOT_FOUND", async () => {
    const shape = await seenByClient(handle.prisma.user.update({ where: { id: MISSING_ID }, data: { name: "X" } }));
    expect(shape.data).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
  });

  it("maps domain errors by their code and keeps their field", () => {
    const mapped = toTRPCError(AppError.invalid("startDate", "Start on a future date")) as TRPCError;
    expect(mapped).toMatchObject({ code: "BAD_REQUEST", message: "Start on a future date" });
    expect(clientShapeOf(mapped).data.fieldErrors).toEqual({ startDate: ["Start on a future date"] });
  });

  it("hides anything unexpected behind a friendly message with no details", () => {
    const mapped = toTRPCError(new Error('relation "Secret" does not exist at /srv/app/db.ts:42'));
    const shape = clientShapeOf(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: mapped as Error }));
    expect(shape.message).toMatch(/Your saved work is safe/);
    expect(JSON.stringify(shape)).not.toMatch(/Secret|db\.ts|stack/);
  });
});
