import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { serializeAnswer } from "./answer-transformer.ts";

// What the dashboard receives: the answer through JSON and superjson's deserialize.
const received = (wire: unknown) => superjson.deserialize(JSON.parse(JSON.stringify(wire)));

// superjson itself mishandles an empty key (its path is the root's), which no answer has, and
// refuses the prototype's keys (tested below).
const REFUSED_KEYS = ["__proto__", "constructor", "prototype"];
const key = fc.string({ minLength: 1 }).filter((k) => !REFUSED_KEYS.includes(k));

// Plain data as procedures answer it, Dates and undefineds at any depth, keys with dots too.
const answer = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: true }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(key, fc.constantFrom("a.b", "x\\y", "rows.0")), tie("value"), { maxKeys: 4 }),
  ),
}));

describe("serializeAnswer", () => {
  it("delivers plain answers exactly as superjson does", () => {
    fc.assert(
      fc.property(fc.dictionary(key, answer.value), (value) => {
        // (superjson also writes an undefined property as null; it is left out here, and the
        // annotation brings it back as undefined just the same)
        expect(received(serializeAnswer(value))).toStrictEqual(received(superjson.serialize(value)));
        expect(received(serializeAnswer(value))).toStrictEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it("hands anything beyond plain data to superjson", () => {
    const at = new Date("2026-12-02T09:30:00Z");
    for (const value of [
      { total: 10n },
      { rate: Number.NaN, best: Number.POSITIVE_INFINITY, zero: -0 },
      { byId: new Map([["a", at]]), ids: new Set(["a"]) },
      { pattern: /late/i },
      { when: new Date(Number.NaN) },
      at,
      undefined,
      [new (class Mark {})()],
    ]) {
      expect(serializeAnswer(value)).toEqual(superjson.serialize(value));
    }
    // and superjson's refusal of what could pollute a prototype stands
    for (const name of REFUSED_KEYS) {
      const value = JSON.parse(`{"${name}": {"at": "2026-12-02"}}`);
      expect(() => serializeAnswer(value)).toThrow(/prototype pollution/);
    }
  });

  it("keeps the Dates and undefineds of a page of rows", () => {
    const rows = [
      { id: "a", startDate: new Date("2026-09-01T00:00:00Z"), endedAt: undefined, counts: { held: 3 } },
      { id: "b", startDate: new Date("2026-10-01T00:00:00Z"), endedAt: new Date("2026-11-01T00:00:00Z"), counts: { held: 0 } },
    ];
    const wire = serializeAnswer({ rows, total: 2 });
    expect(wire.meta?.values).toEqual({
      "rows.0.startDate": ["Date"],
      "rows.0.endedAt": ["undefined"],
      "rows.1.startDate": ["Date"],
      "rows.1.endedAt": ["Date"],
    });
    expect(received(wire)).toEqual({ rows, total: 2 });
  });
});
