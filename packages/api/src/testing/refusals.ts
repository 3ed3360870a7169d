import { getTRPCErrorShape, type TRPC_ERROR_CODE_KEY, TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { appRouter } from "../root.ts";

/** The error a call was refused with; fails the test when the call succeeds. */
export async function refusalOf(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    return error as TRPCError;
  }
  throw new Error("expected the call to be refused, but it succeeded");
}

/** What a client receives for this error: the shape the app's error formatter makes of it. */
export function clientShapeOf(error: TRPCError) {
  return getTRPCErrorShape({
    config: appRouter._def._config,
    error,
    type: "unknown",
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
}

/** Expects the call to be refused with this code and, when given, a message shown beside `field`. */
export async function expectRefused(call: Promise<unknown>, code: TRPC_ERROR_CODE_KEY, field?: string): Promise<TRPCError> {
  const error = await refusalOf(call);
  expect(error.code).toBe(code);
  if (field) {
    const { fieldErrors } = clientShapeOf(error).data;
    expect(fieldErrors?.[field]?.[0], `fieldErrors: ${JSON.stringify(fieldErrors)}`).toEqual(expect.any(String));
  }
  return error;
}

/**
 * Another person's record answers exactly as one that does not exist: the same 404 and the same
 * message (`what` not found), so an id cannot be probed. Returns the foreign call's error.
 */
export async function expectSameAsMissing(foreign: Promise<unknown>, missing: Promise<unknown>, what: string) {
  // Both settle together: awaiting one first would leave the other's rejection unhandled.
  const [foreignError, missingError] = await Promise.all([refusalOf(foreign), refusalOf(missing)]);
  const [theirs, absent] = [clientShapeOf(foreignError), clientShapeOf(missingError)];
  expect(theirs.data.code).toBe("NOT_FOUND");
  expect(theirs.message).toBe(`${what} not found`);
  expect({ code: theirs.data.code, message: theirs.message, status: theirs.data.httpStatus }).toEqual({
    code: absent.data.code,
    message: absent.message,
    status: absent.data.httpStatus,
  });
}
