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

interface ErrorMeta {
  target?: string[] | string;
  field_name?: string;
  modelName?: string;
  driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
}

function fieldOf(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  const meta = error.meta as ErrorMeta | undefined;
  const target = Array.isArray(meta?.target) ? meta.target.at(-1) : meta?.target;
  return target ?? meta?.field_name ?? adapterConstraintField(meta);
}

// Through a driver adapter (PGlite, pg) Prisma names the constraint instead of `target`: by its
// columns, or by its name as Prisma generates it, `<Model>_<field>[_<field>…]_key` or `_fkey`.
function adapterConstraintField(meta: ErrorMeta | undefined): string | undefined {
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.fields?.length) return constraint.fields.at(-1);
  const columns = constraint?.index?.match(/^(.+)_f?key$/)?.[1];
  if (!columns) return undefined;
  const prefix = meta?.modelName ? `${meta.modelName}_` : "";
  return (columns.startsWith(prefix) ? columns.slice(prefix.length) : columns).split("_").at(-1);
}
