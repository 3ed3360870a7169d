import { createUserInput } from "@circle/validators";
import { describe, expect, it } from "vitest";
import { blankCredential } from "./credentials/credential-values.ts";
import { toCreateUserInput } from "./new-person-values.ts";

describe("a new person's form values", () => {
  it("send each credential as the API takes it", () => {
    const input = toCreateUserInput({
      name: "Ana Ruiz",
      email: "ana@example.org",
      role: "FACILITATOR",
      temporaryPassword: "correct horse battery",
      credentials: [{ ...blankCredential(), title: "LPC", expiresOn: "2027-06-30" }],
    });
    expect(input.credentials).toEqual([
      { kind: "PROFESSIONAL_LICENCE", title: "LPC", number: undefined, issuer: undefined, expiresOn: "2027-06-30" },
    ]);
    expect(createUserInput.safeParse(input).success).toBe(true);
  });
});
