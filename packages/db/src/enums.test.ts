import * as validators from "@circle/validators";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { enums } from "./index.ts";

// The zod vocabularies forms and procedures validate with must be exactly the database's enums.
const prismaEnums = Object.entries(enums).filter(([, value]) => typeof value === "object") as [string, Record<string, string>][];

describe("the validators' enums", () => {
  it("cover every enum of the schema", () => {
    expect(prismaEnums.length).toBeGreaterThan(15);
    const missing = prismaEnums.map(([name]) => name).filter((name) => !(name in validators));
    expect(missing).toEqual([]);
  });

  it.each(prismaEnums)("%s has the same values, in the same order", (name, values) => {
    const zodEnum = (validators as Record<string, unknown>)[name];
    expect(zodEnum).toBeInstanceOf(z.ZodEnum);
    expect((zodEnum as z.ZodEnum).options).toEqual(Object.values(values));
  });
});
