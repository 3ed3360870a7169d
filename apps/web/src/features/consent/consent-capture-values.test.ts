import { recordConsentInput } from "@circle/validators";
import { describe, expect, it } from "vitest";
import { blankCapture, captureFieldFor, toRecordConsentInput, validateCapture } from "./consent-capture-values.ts";

const MEMBER = "2f8e4c1a-7b3d-4e6f-9a0b-1c2d3e4f5a6b";
const VERSION = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

describe("a consent capture's form values", () => {
  it("start at now on the coordinator's clock, read back as the same minute", () => {
    const now = new Date("2026-03-03T04:30:00Z"); // 10:30 PM on Mar 2 in Chicago
    const blank = blankCapture(now);
    expect(blank).toMatchObject({ date: "2026-03-02", time: "22:30", method: "E_SIGNATURE" });
    expect(toRecordConsentInput(MEMBER, VERSION, blank).occurredAt).toEqual(now);
  });

  it("send a signature for an e-signature and a witness for the others", () => {
    const values = { ...blankCapture(), signedName: "Ana Ruiz", witnessName: "Kim", readInFull: true };
    expect(toRecordConsentInput(MEMBER, VERSION, values)).toMatchObject({ signedName: "Ana Ruiz", witnessName: undefined });
    const verbal = toRecordConsentInput(MEMBER, VERSION, { ...values, method: "VERBAL_WITH_WITNESS" });
    expect(verbal).toMatchObject({ signedName: undefined, witnessName: "Kim" });
    expect(recordConsentInput.safeParse(verbal).success).toBe(true);
  });

  it("ask for what is missing, and place the server's errors", () => {
    expect(validateCapture({ ...blankCapture(), method: "VERBAL_WITH_WITNESS" })).toEqual({
      readInFull: "Confirm the person had the whole document before consenting",
      witnessName: "Name the witness, or choose a staff account",
    });
    expect(captureFieldFor("occurredAt")).toBe("date");
    expect(captureFieldFor("versionId")).toBeNull();
  });
});
