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
