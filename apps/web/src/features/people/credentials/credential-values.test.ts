import { credentialInput } from "@circle/validators";
import { describe, expect, it } from "vitest";
import type { Credential } from "../types.ts";
import { blankCredential, credentialFormValues, toCredentialInput } from "./credential-values.ts";

describe("a credential's form values", () => {
  it("leave out blank optional fields rather than send empty text", () => {
    const input = toCredentialInput({ ...blankCredential(), title: "LCSW", number: "  ", issuer: "", expiresOn: null });
    expect(input).toEqual({
      kind: "PROFESSIONAL_LICENCE",
      title: "LCSW",
      number: undefined,
      issuer: undefined,
      expiresOn: undefined,
    });
    expect(credentialInput.safeParse(input).success).toBe(true);
  });

  it("show a saved expiry as the calendar day it is, west of UTC too", () => {
    const saved = {
      kind: "CERTIFICATION",
      title: "Mental health first aid",
      number: null,
      issuer: "MHFA",
      expiresAt: new Date("2027-01-01T00:00:00Z"),
    } as unknown as Credential;
    expect(credentialFormValues(saved)).toEqual({
      kind: "CERTIFICATION",
      title: "Mental health first aid",
      number: "",
      issuer: "MHFA",
      expiresOn: "2027-01-01",
    });
  });
});
