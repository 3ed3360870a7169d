import { SignInThrottled } from "@circle/auth";
import { AppError } from "@circle/core";
import { Prisma } from "@circle/db";
import { TRPCError } from "@trpc/server";

/** A refusal that should succeed when tried again shortly; the client is told when (Retry-After). */
export class TryAgain extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "TryAgain";
  }
}

const BUSY = new TryAgain("Someone else is changing this at the same moment. Nothing was saved; please try again.", 1);
const UNAVAILABLE = new TryAgain("The database cannot be reached just now. Nothing was saved; please try again in a moment.", 5);

/**
 * The one place domain and database errors become tRPC errors (and so HTTP status codes).
 * Contention (a transaction that found no connection in time, a lock timeout, a deadlock or a
 * serialization failure) is a 409 and a database that is down a 503, both with a retry hint.
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
  const transient = transientFailureOf(error);
  if (transient === "contention") {
    return new TRPCError({ code: "CONFLICT", message: BUSY.message, cause: BUSY });
  }
  if (transient === "unavailable") {
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE.message, cause: UNAVAILABLE });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const field = fieldOf(error);
    switch (isUniqueViolation(error) ? "P2002" : error.code) {
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
  // PGlite's adapter keeps the quotes PostgreSQL puts around a mixed-case column ("programId").
  if (constraint?.fields?.length) return constraint.fields.at(-1)?.replace(/^"(.*)"$/, "$1");
  const columns = constraint?.index?.match(/^(.+)_f?key$/)?.[1];
  if (!columns) return undefined;
  const prefix = meta?.modelName ? `${meta.modelName}_` : "";
  return (columns.startsWith(prefix) ? columns.slice(prefix.length) : columns).split("_").at(-1);
}

// Prisma's codes, PostgreSQL's SQLSTATEs and the driver adapter's kinds for failures that pass.
const CONTENDED_PRISMA = new Set(["P2024", "P2028", "P2034"]); // no connection / transaction in time, write conflict
const CONTENDED_SQLSTATE = new Set(["40001", "40P01", "55P03"]); // serialization failure, deadlock, lock timeout
const UNREACHABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017"]); // unreachable, timed out, connection closed
// connection exceptions (08…), server shutting down or starting (57P01–57P03), too many connections (53300)
const UNREACHABLE_SQLSTATE = /^(08|57P0[123]|53300)/;
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNREACHABLE_NODE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "EAI_AGAIN",
]);

interface AdapterCause {
  kind?: string;
  code?: string;
  originalCode?: string;
}

function adapterCauseOf(error: Prisma.PrismaClientKnownRequestError): AdapterCause | undefined {
  return (error.meta as ErrorMeta | undefined)?.driverAdapterError?.cause as AdapterCause | undefined;
}

function isUniqueViolation(error: Prisma.PrismaClientKnownRequestError): boolean {
  const cause = adapterCauseOf(error);
  return cause?.kind === "UniqueConstraintViolation" || cause?.originalCode === "23505";
}

/** Whether the error is one that passes: contention, or a database that cannot be reached. */
export function transientFailureOf(error: unknown): "contention" | "unavailable" | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof Prisma.PrismaClientKnownRequestError) {
      const cause = adapterCauseOf(e);
      const sqlState = cause?.originalCode ?? cause?.code;
      if (CONTENDED_PRISMA.has(e.code) || (sqlState && CONTENDED_SQLSTATE.has(sqlState))) return "contention";
      if (cause?.kind === "TransactionWriteConflict") return "contention";
      if (UNREACHABLE_PRISMA.has(e.code) || (sqlState && UNREACHABLE_SQLSTATE.test(sqlState))) return "unavailable";
      if (cause?.kind && UNREACHABLE_KINDS.has(cause.kind)) return "unavailable";
      return undefined;
    }
    if (e instanceof Prisma.PrismaClientInitializationError) return "unavailable";
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") {
      if (CONTENDED_SQLSTATE.has(code)) return "contention";
      if (UNREACHABLE_NODE.has(code) || UNREACHABLE_SQLSTATE.test(code)) return "unavailable";
    }
  }
  return undefined;
}

/** The longest retry hint among a response's errors, for its Retry-After header (none: undefined). */
export function retryAfterOf(errors: readonly TRPCError[]): number | undefined {
  const hints = errors.flatMap((e) => (e.cause instanceof TryAgain ? [e.cause.retryAfterSeconds] : []));
  return hints.length > 0 ? Math.max(...hints) : undefined;
}
