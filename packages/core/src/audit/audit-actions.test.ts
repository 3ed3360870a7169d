import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "./audit-actions.ts";

describe("audit actions", () => {
  it("are each written record.verb in snake_case, once", () => {
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$/);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it("name the record first, not the verb (program_module.add, not program.module_add)", () => {
    const verbsFirst = ["add", "remove", "update", "archive", "reorder", "create", "read", "record", "deny"];
    for (const action of AUDIT_ACTIONS) {
      const [record] = action.split(".");
      expect(verbsFirst, action).not.toContain(record?.split("_")[0]);
    }
  });
});
