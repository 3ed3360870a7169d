import type { CredentialInput, CredentialKind } from "@circle/validators";
import { toIsoDay } from "../../../lib/format.ts";
import type { Credential } from "../types.ts";

/** A credential as its form holds it: every text field a string, no date yet → null. */
export interface CredentialFormValues {
  kind: CredentialKind;
  title: string;
  number: string;
  issuer: string;
  expiresOn: string | null;
}

export function blankCredential(kind: CredentialKind = "PROFESSIONAL_LICENCE"): CredentialFormValues {
  return { kind, title: "", number: "", issuer: "", expiresOn: null };
}

export function credentialFormValues(credential: Credential): CredentialFormValues {
  return {
    kind: credential.kind,
    title: credential.title,
    number: credential.number ?? "",
    issuer: credential.issuer ?? "",
    expiresOn: credential.expiresAt ? toIsoDay(credential.expiresAt) : null,
  };
}

/** What the API takes: blank optional fields are left out rather than sent as "". */
export function toCredentialInput(values: CredentialFormValues): CredentialInput {
  return {
    kind: values.kind,
    title: values.title,
    number: values.number.trim() || undefined,
    issuer: values.issuer.trim() || undefined,
    expiresOn: values.expiresOn || undefined,
  };
}
