import { createProgramInput } from "@circle/validators";
import { describe, expect, it } from "vitest";
import { blankProgram, programFieldFor, programFormValues, toProgramInput } from "./program-values.ts";
import type { Program } from "./types.ts";

describe("a program's form values", () => {
  it("start as a design the server accepts once it is named", () => {
    const input = toProgramInput({ ...blankProgram(), name: "Grief support" });
    expect(createProgramInput.safeParse(input).success).toBe(true);
    expect(input.followUpAfterAbsences).toBeNull();
  });

  it("make a therapy group professionally led by a licensed lead, whatever the fields said", () => {
    const input = toProgramInput({
      ...blankProgram(),
      groupType: "THERAPY",
      leadership: "PEER_LED",
      requiresLicensedLead: false,
    });
    expect(input.leadership).toBe("PROFESSIONALLY_LED");
    expect(input.requiresLicensedLead).toBe(true);
  });

  it("send the organisation's follow-up threshold as null and a program's own as its number", () => {
    expect(toProgramInput({ ...blankProgram(), followUpAfterAbsences: "" }).followUpAfterAbsences).toBeNull();
    expect(toProgramInput({ ...blankProgram(), followUpAfterAbsences: 3 }).followUpAfterAbsences).toBe(3);
  });

  it("come back from a saved program unchanged", () => {
    const saved = {
      ...blankProgram(),
      name: "Anxiety skills",
      followUpAfterAbsences: null,
      consentDocumentId: null,
    } as unknown as Program;
    const values = programFormValues(saved);
    expect(values.followUpAfterAbsences).toBe("");
    expect(values.name).toBe("Anxiety skills");
  });

  it("place an update's errors on the design's fields", () => {
    expect(programFieldFor("program.name")).toBe("name");
    expect(programFieldFor("program.minimumEnrollment")).toBe("minimumEnrollment");
    expect(programFieldFor("programId")).toBeNull();
    expect(programFieldFor("program.unknown")).toBeNull();
  });
});
