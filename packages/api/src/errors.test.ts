import { AppError } from "@circle/core";
import { createDb, type DbHandle, Prisma } from "@circle/db";
import { createUserRecord, openTestDb } from "@circle/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retryAfterOf, TryAgain, toTRPCError } from "./errors.ts";
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

/** A Prisma error as the pg driver adapter raises it for this SQLSTATE (raw query). */
function adapterError(sqlState: string, kind = "postgres") {
  return new Prisma.PrismaClientKnownRequestError(`Raw query failed. Code: \`${sqlState}\``, {
    code: "P2010",
    clientVersion: Prisma.prismaVersion.client,
    meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind, originalCode: sqlState, code: sqlState } } },
  });
}

const prismaError = (code: string, message = "failed") =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: Prisma.prismaVersion.client });

describe("toTRPCError for failures that pass", () => {
  const contention = {
    "no transaction in time (P2028)": prismaError(
      "P2028",
      "Transaction API error: Unable to start a transaction in the given time.",
    ),
    "no pooled connection in time (P2024)": prismaError("P2024"),
    "a write conflict or deadlock (P2034)": prismaError("P2034"),
    "a serialization failure (40001)": adapterError("40001", "TransactionWriteConflict"),
    "a deadlock (40P01)": adapterError("40P01", "TransactionWriteConflict"),
    "a lock timeout (55P03)": adapterError("55P03"),
  };
  for (const [what, error] of Object.entries(contention)) {
    it(`answers ${what} with 409 and a retry hint`, () => {
      const mapped = toTRPCError(error) as TRPCError;
      expect(mapped.code).toBe("CONFLICT");
      expect(clientShapeOf(mapped)).toMatchObject({
        message: expect.stringMatching(/at the same moment.*try again/),
        data: { httpStatus: 409, retryAfterSeconds: 1 },
      });
    });
  }

  const unavailable = {
    "an unreachable server (P1001)": prismaError("P1001"),
    "a closed connection (P1017)": prismaError("P1017"),
    "an admin shutdown (57P01)": adapterError("57P01"),
    "too many connections (53300)": adapterError("53300"),
    "a connection the adapter lost": adapterError("N/A", "ConnectionClosed"),
    "a refused socket (ECONNREFUSED)": Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    "a pg error wrapped in another": new Error("query failed", {
      cause: Object.assign(new Error("terminating"), { code: "57P01" }),
    }),
  };
  for (const [what, error] of Object.entries(unavailable)) {
    it(`answers ${what} with 503 and a retry hint`, () => {
      const mapped = toTRPCError(error) as TRPCError;
      expect(mapped.code).toBe("SERVICE_UNAVAILABLE");
      expect(clientShapeOf(mapped)).toMatchObject({
        message: expect.stringMatching(/cannot be reached.*try again/),
        data: { httpStatus: 503, retryAfterSeconds: 5 },
      });
    });
  }

  it("answers a database that is really down with 503", async () => {
    const down = await createDb({ url: "postgresql://postgres@127.0.0.1:1/postgres", migrate: false });
    try {
      const shape = await seenByClient(down.prisma.user.findMany());
      expect(shape.data).toMatchObject({ code: "SERVICE_UNAVAILABLE", httpStatus: 503, retryAfterSeconds: 5 });
      const inTransaction = await seenByClient(down.prisma.$transaction((tx) => tx.user.count()));
      expect(inTransaction.data).toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    } finally {
      await down.close();
    }
  });

  it("answers a unique violation raised by raw SQL as the same 409 naming the field", async () => {
    const user = await createUserRecord(handle.prisma, { email: "raw.raced@example.org" });
    const shape = await seenByClient(
      handle.prisma.$executeRaw`UPDATE "User" SET email = ${user.email} WHERE id <> ${user.id}::uuid AND email <> ${user.email}`,
    );
    expect(shape.data).toMatchObject({ code: "CONFLICT", httpStatus: 409 });
    expect(shape.data.retryAfterSeconds).toBeUndefined();
  });

  it.skipIf(!process.env.DATABASE_URL)("answers a real lock timeout on PostgreSQL with 409", async () => {
    const [row] = await handle.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "User" LIMIT 1`;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const lockTaken = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = handle.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${row?.id}::uuid FOR UPDATE`;
      locked();
      await held;
    });
    await lockTaken;
    const shape = await seenByClient(
      handle.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL lock_timeout = '50ms'`;
        await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${row?.id}::uuid FOR UPDATE`;
      }),
    );
    release();
    await holder;
    expect(shape.data).toMatchObject({ code: "CONFLICT", httpStatus: 409, retryAfterSeconds: 1 });
  });

  it("gives the longest hint of a response's errors for Retry-After, and none without one", () => {
    const busy = toTRPCError(prismaError("P2028")) as TRPCError;
    const down = toTRPCError(prismaError("P1001")) as TRPCError;
    expect(retryAfterOf([busy, down])).toBe(5);
    expect(retryAfterOf([new TRPCError({ code: "NOT_FOUND" })])).toBeUndefined();
    expect(down.cause).toBeInstanceOf(TryAgain);
  });
});
