import { resourceFields } from "@circle/validators";
import { describe, expect, it } from "vitest";
import { resourceValues, toResourceFields } from "./resource-values.ts";

describe("a resource's form values", () => {
  it("start empty for a new resource, and send no cost rather than an empty one", () => {
    const values = resourceValues(null);
    expect(values).toMatchObject({ name: "", cost: "", languages: [], acceptsDirectReferrals: false });
    const fields = toResourceFields({ ...values, name: "Food bank" });
    expect(fields.cost).toBeNull();
    expect(resourceFields.safeParse(fields).success).toBe(true);
  });

  it("keep a chosen cost", () => {
    expect(toResourceFields({ ...resourceValues(null), name: "Clinic", cost: "SLIDING_SCALE" }).cost).toBe("SLIDING_SCALE");
  });
});
