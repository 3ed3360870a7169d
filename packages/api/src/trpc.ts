import { AppError, authorizeCohort, authorizeSession, type CohortAccess } from "@circle/core";
import { id, type Role } from "@circle/validators";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { serializeAnswer } from "./answer-transformer.ts";
import { actorOf, type Context } from "./context.ts";
import { TryAgain, toTRPCError } from "./errors.ts";

export interface Meta {
  /** Procedures a user who must change their password may still call. */
  allowPendingPasswordChange?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    // Inputs as superjson reads them; answers in superjson's form, made in one pass.
    transformer: { input: superjson, output: { serialize: serializeAnswer, deserialize: superjson.deserialize } },
    // Stack traces never leave the server, whatever NODE_ENV says.
    isDev: false,
    errorFormatter({ shape, error }) {
      const fieldErrors = fieldErrorsOf(error.cause);
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      return {
        ...shape,
        message: internal
          ? "Something went wrong on our side. Your saved work is safe; please try again."
          : messageOf(error.cause, shape.message),
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fieldErrors,
          // contention and an unreachable database: when to try again (also sent as Retry-After)
          retryAfterSeconds: error.cause instanceof TryAgain ? error.cause.retryAfterSeconds : undefined,
        },
      };
    },
  });

/** Invalid input reads as sentences ("email: Enter a valid email address"), not as zod's JSON. */
function messageOf(cause: unknown, fallback: string): string {
  if (!(cause instanceof ZodError)) return fallback;
  return cause.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/** Field → messages, for forms to show beside each field. */
function fieldErrorsOf(cause: unknown): Record<string, string[]> | undefined {
  if (cause instanceof ZodError) {
    const out: Record<string, string[]> = {};
    for (const issue of cause.issues) {
      const key = issue.path.join(".") || "input";
      out[key] = [...(out[key] ?? []), issue.message];
    }
    return out;
  }
  if (cause instanceof AppError && cause.field) return { [cause.field]: [cause.message] };
  return undefined;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause ?? result.error);
    if (mapped instanceof TRPCError) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

/** Signed in, with a password that need not be changed first. */
export const signedInProcedure = publicProcedure.use(({ ctx, meta, next }) => {
  const session = ctx.session;
  if (!session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });
  if (session.user.mustChangePassword && !meta?.allowPendingPasswordChange) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Choose a new password before continuing" });
  }
  return next({ ctx: { ...ctx, session, actor: actorOf({ ...ctx, session }) } });
});

/** Only these roles. The role is read from the database on every request, never from the cookie. */
export function roleProcedure(...roles: Role[]) {
  return signedInProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.session.user.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this" });
    }
    return next();
  });
}

export const adminProcedure = roleProcedure("ADMIN");

/**
 * Procedures about one cohort: input carries cohortId; the caller must reach that cohort with
 * `access` ("read": see it; "run": its facilitators and admins). The proven cohort is handed to
 * the handler as `ctx.cohort`, and core's cohort functions take only that, so a handler cannot
 * skip the check nor read the cohort again. Foreign and missing ids are the same 404.
 */
export function cohortProcedure<A extends CohortAccess>(access: A) {
  return signedInProcedure.input(z.object({ cohortId: id })).use(async ({ ctx, input, next }) => {
    const cohort = await authorizeCohort(ctx.db, ctx.actor, input.cohortId, access);
    return next({ ctx: { ...ctx, cohort } });
  });
}

/**
 * Procedures about one session of a cohort: input carries sessionId; the same proof, handed over
 * as `ctx.cohortSession` (with its cohort). `ctx.session` stays the signed-in user's session.
 */
export function sessionProcedure<A extends CohortAccess>(access: A) {
  return signedInProcedure.input(z.object({ sessionId: id })).use(async ({ ctx, input, next }) => {
    const cohortSession = await authorizeSession(ctx.db, ctx.actor, input.sessionId, access);
    return next({ ctx: { ...ctx, cohortSession } });
  });
}
