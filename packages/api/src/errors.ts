import { SignInThrottled } from "@circle/auth";
import { AppError } from "@circle/core";
import { Prisma } from "@circle/db";
import { TRPCError } from "@trpc/server";

/**
 * The one place domain and database errors become tRPC errors (and so HTTP status codes).
 * Anything unrecognised stays an INTERNAL_SERVER_ERROR whose details never reach the client.
 */
export function toTRPCError(error: unknown): unknown {
  if (error instanceof TRPCError) return error;
  if (error instanceof AppError) {
    return new TRPCError({ code: error.code, message: error.message, cause: error });
  }
  if (error instanceof SignInThrottled) {
    return new TRPCError({ code: "TOO_MANY_REQUESTS", message: error.message, cause: error });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const field = fieldOf(error);
    switch (error.code) {
      case "P2002":
        return new TRPCError({
          code: "CONFLICT",
          message: "A record with this value already exists",
          cause: new AppError("CONFLICT", "A record with this value already exists", field),
        });
      case "P2025":
        return new TRPCError({ code: "NOT_FOUND", message: "Record not found", cause: error });
      case "P2003":
        return new TRPCError({
          code: "BAD_REQUEST",
          message: "A linked record does not exist",
          cause: new AppError("BAD_REQUEST", "A linked record does not exist", field),
        });
    }
  }
  return error;
}

function fieldOf(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  const meta = error.meta as { target?: string[] | string; field_name?: string } | undefined;
  const target = Array.isArray(meta?.target) ? meta.target.at(-1) : meta?.target;
  return target ?? meta?.field_name;
}
