import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "./root.ts";
import { type Harness, openHarness } from "./testing/harness.ts";

// Every procedure of the app, called by each signed-in role with what an attacker or a broken
// client sends: nothing, the wrong types, unknown ids shaped right, hostile strings. Each answer is
// a success or a refusal a client can act on (4xx); never a 500. New procedures are included by
// construction, so one that forgets to validate or to map a database error fails here.
const procedures = Object.entries(appRouter._def.procedures) as unknown as [string, { _def: { inputs: unknown[] } }][];

const HOSTILE_STRINGS = ["", " ", '\'; DROP TABLE "Member"; --', "\u0000\u0007", "x".repeat(20_000), "🙂".repeat(300)];
const SHAPELESS: unknown[] = [undefined, null, {}, [], "x", 42, { id: "not-an-id" }, { page: -1, pageSize: 10_000 }];

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
};

/** A value of the schema's shape: real-looking ids of records that do not exist, strings `text`. */
function sample(schema: JsonSchema, text: string): unknown {
  const option = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (option) return sample(option, text);
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === "object")
    return Object.fromEntries(
      Object.entries(schema.properties ?? {})
        .filter(([key]) => schema.required?.includes(key) ?? true)
        .map(([key, property]) => [key, sample(property, text)]),
    );
  if (type === "array") return schema.items ? [sample(schema.items, text)] : [];
  if (type === "integer" || type === "number") return schema.minimum ?? 1;
  if (type === "boolean") return true;
  if (type === "string") {
    if (schema.format === "uuid") return randomUUID();
    if (schema.format === "date") return "2026-02-30";
    if (schema.format === "date-time") return "2026-13-01T25:00:00Z";
    if (schema.format === "email") return `${text.slice(0, 40)}@example.org`;
    return text;
  }
  return text;
}

function shapedInputs(inputs: unknown[]): unknown[] {
  const [parser] = inputs;
  if (!(parser instanceof z.ZodType)) return [];
  const schema = z.toJSONSchema(parser, { unrepresentable: "any", io: "input" }) as JsonSchema;
  return HOSTILE_STRINGS.map((text) => sample(schema, text));
}

function call(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

describe.each(["ADMIN", "FACILITATOR", "STAFF"] as const)("every procedure, called by %s with hostile input", (role) => {
  it("answers with a success or a 4xx, never a server error", async () => {
    const { caller } = await h.signedIn(role);
    const failures: string[] = [];
    // shaped calls that got past input validation into the command (its lookups and rules)
    let pastValidation = 0;
    for (const [path, procedure] of procedures) {
      // signing out or changing the password would end this caller's session mid-sweep
      if (path === "auth.signOut" || path === "auth.changePassword") continue;
      const shaped = shapedInputs(procedure._def.inputs);
      for (const input of [...SHAPELESS, ...shaped]) {
        try {
          await call(caller, path, input);
          if (shaped.includes(input)) pastValidation++;
        } catch (error) {
          const code = error instanceof TRPCError ? error.code : "not a TRPCError";
          if (shaped.includes(input) && code !== "BAD_REQUEST") pastValidation++;
          if (code === "INTERNAL_SERVER_ERROR" || code === "not a TRPCError")
            failures.push(`${path}(${JSON.stringify(input)?.slice(0, 120)}): ${code}: ${(error as Error).message.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // the sweep reaches the commands, not only the validators (staff are refused before either)
    if (role !== "STAFF") expect(pastValidation).toBeGreaterThan(100);
  }, 180_000);
});
