import { createHash } from "node:crypto";
import type { Prisma } from "@circle/db";
import type { Actor } from "../actor.ts";
import { AppError } from "../errors/app-error.ts";
import { lockKeys } from "./lock-rows.ts";

type Tx = Prisma.TransactionClient;

/** The commands that take an idempotency key (the name is the procedure's). */
export type IdempotentCommandName =
  | "attendance.record"
  | "consent.record"
  | "enrollment.enroll"
  | "intake.addRiskNote"
  | "intake.record";

/**
 * Runs a command that creates a record at most once per idempotency key (one key per opened
 * form, sent by the dashboard): the first run's result is stored in the same transaction as its
 * write, and a replay — a double click, a retried request, the same form sent from a second
 * tab — is answered with it. The same key with other input is refused: that is a different
 * submission reusing a key. Calls with one key queue on an advisory lock, so a replay waits for
 * the first run and then finds its result. Without a key the command simply runs.
 */
export async function idempotent<T>(
  tx: Tx,
  actor: Actor,
  command: IdempotentCommandName,
  input: { idempotencyKey?: string },
  run: () => Promise<T>,
): Promise<T> {
  const { idempotencyKey: key, ...payload } = input;
  if (!key) return run();
  await lockKeys(tx, [`idempotency:${actor.userId}:${command}:${key}`]);
  const payloadHash = createHash("sha256").update(canonicalJson(payload)).digest("hex");
  const where = { actorId_command_key: { actorId: actor.userId, command, key } };
  const stored = await tx.idempotentCommand.findUnique({ where, select: { payloadHash: true, result: true } });
  if (stored) {
    if (stored.payloadHash !== payloadHash)
      throw AppError.conflict("This form was already sent with other details; reload it and try again", "idempotencyKey");
    return revive(stored.result) as T;
  }
  const result = await run();
  await tx.idempotentCommand.create({
    data: { actorId: actor.userId, command, key, payloadHash, result: encode(result) as Prisma.InputJsonValue },
  });
  return result;
}

/** JSON with object keys in order, so equal input gives an equal hash whatever the key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

// Results hold dates (a record's createdAt): stored as { $date } so a replay returns Dates too.
const DATE = "$date";

function encode(value: unknown): unknown {
  if (value instanceof Date) return { [DATE]: value.toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value === undefined ? null : value;
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === "object") {
    const date = (value as Record<string, unknown>)[DATE];
    if (typeof date === "string" && Object.keys(value).length === 1) return new Date(date);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}
