import { recordApplicationInput } from "@circle/validators";
import { describe, expect, it } from "vitest";
import type { ScreeningQuestion } from "../screening/types.ts";
import { blankApplication, blankMember, toRecordApplicationInput, validateApplication } from "./application-values.ts";

const PROGRAM = "0b7c3c57-5d2e-4b1e-9a44-3f0a3c9e8d11";
const question = (id: string, kind: ScreeningQuestion["kind"], required = true) =>
  ({ id, kind, required, prompt: id, options: [] }) as unknown as ScreeningQuestion;
const SAFE = question("5a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "YES_NO");
const HELP = question("6b2f3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "MULTIPLE_CHOICE");
const NOTES = question("7c3f4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "TEXT", false);

const filled = () => ({
  ...blankApplication(PROGRAM),
  newMember: { ...blankMember, firstName: "Ana", lastName: "Ruiz", email: "ANA@example.org" },
  referralSource: "SELF" as const,
});

describe("an application's form values", () => {
  it("send a new member as the server takes them, and a yes/no answer as a boolean", () => {
    const input = toRecordApplicationInput({ ...filled(), answers: { [SAFE.id]: "no" } }, [SAFE, NOTES]);
    expect(input.applicant).toMatchObject({ newMember: { firstName: "Ana", email: "ana@example.org", phone: null } });
    expect(input.answers).toEqual([{ questionId: SAFE.id, value: false }]);
    expect(recordApplicationInput.safeParse({ ...input, idempotencyKey: crypto.randomUUID() }).success).toBe(true);
  });

  it("answer a required multiple-choice question with no choice rather than leave it out", () => {
    expect(toRecordApplicationInput(filled(), [HELP]).answers).toEqual([{ questionId: HELP.id, value: [] }]);
  });

  it("send an existing member by id, and never confirm a duplicate for them", () => {
    const input = toRecordApplicationInput(
      { ...filled(), applicantMode: "existing", memberId: "2f8e4c1a-7b3d-4e6f-9a0b-1c2d3e4f5a6b", confirmNotDuplicate: true },
      [],
    );
    expect(input.applicant).toEqual({ memberId: "2f8e4c1a-7b3d-4e6f-9a0b-1c2d3e4f5a6b" });
    expect(input.confirmNotDuplicate).toBe(false);
  });

  it("do not throw on a new member who does not pass yet: the schema check names the fields", () => {
    const values = { ...filled(), newMember: { ...blankMember, email: "not an email" } };
    expect(() => toRecordApplicationInput(values, [])).not.toThrow();
    const checked = recordApplicationInput.safeParse({
      ...toRecordApplicationInput(values, []),
      idempotencyKey: crypto.randomUUID(),
    });
    expect(checked.success).toBe(false);
    expect(checked.error?.issues.map((issue) => issue.path.join("."))).toContain("applicant.newMember.firstName");
  });

  it("word what is missing in the form's own names", () => {
    const errors = validateApplication(blankApplication(), [SAFE, NOTES], true);
    expect(errors).toMatchObject({
      programId: "Choose the program",
      "newMember.firstName": "Enter the first name",
      confirmNotDuplicate: "Choose the existing member above, or confirm this is a different person",
      referralSource: "Say how they heard of the program",
      [`answers.${SAFE.id}`]: "Answer this question",
    });
    expect(errors).not.toHaveProperty(`answers.${NOTES.id}`);
  });
});
