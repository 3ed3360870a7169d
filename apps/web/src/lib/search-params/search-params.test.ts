import { describe, expect, it } from "vitest";
import { anyText, flag, isoDay, oneOf, oneOfNumbers, searchParams, text, uuid, wholeNumber } from "./search-params.ts";

const ID = "5f0c8f9e-2b1a-4c3d-9e8f-7a6b5c4d3e2f";

describe("a route's search params", () => {
  const read = searchParams({ status: oneOf(["OPEN", "CLOSED"]), page: wholeNumber({ min: 1 }), q: text(10) });

  it("keeps the valid values and leaves out the absent ones", () => {
    expect(read({ status: "OPEN", page: 2 })).toEqual({ status: "OPEN", page: 2 });
    expect(Object.keys(read({}))).toEqual([]);
  });

  it("falls back instead of failing on hand-edited values, and drops unknown params", () => {
    expect(read({ status: "open", page: 0, q: "x".repeat(11), extra: 1 })).toEqual({});
  });

  it("reads text as text: trimmed, a typed-in number included", () => {
    expect(text(10)(" ana ")).toBe("ana");
    expect(text(10)(2026)).toBe("2026");
    expect(text(10)({})).toBeUndefined();
    expect(anyText(" kept as is ")).toBe(" kept as is ");
    expect(anyText(5)).toBeUndefined();
  });

  it("reads numbers only when they are whole and in range", () => {
    expect(wholeNumber({ min: 0, max: 365 })(365)).toBe(365);
    expect(wholeNumber({ min: 0, max: 365 })(366)).toBeUndefined();
    expect(wholeNumber()(1.5)).toBeUndefined();
    expect(wholeNumber()("3")).toBeUndefined();
    expect(oneOfNumbers([10, 25])(25)).toBe(25);
    expect(oneOfNumbers([10, 25])(7)).toBeUndefined();
  });

  it("reads flags, ids and calendar days strictly", () => {
    expect(flag(false)).toBe(false);
    expect(flag("yes")).toBeUndefined();
    expect(uuid(ID)).toBe(ID);
    expect(uuid("5f0c8f9e-2b1a-0c3d-9e8f-7a6b5c4d3e2f")).toBeUndefined(); // version 0
    expect(uuid("not-an-id")).toBeUndefined();
    expect(isoDay("2026-02-28")).toBe("2026-02-28");
    expect(isoDay("2026-13-01")).toBeUndefined();
    expect(isoDay("28/02/2026")).toBeUndefined();
  });
});
