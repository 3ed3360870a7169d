import type { CreateUserInput, Role } from "@circle/validators";
import { type CredentialFormValues, toCredentialInput } from "./credentials/credential-values.ts";

export interface NewPersonValues {
  name: string;
  email: string;
  role: Role;
  temporaryPassword: string;
  credentials: CredentialFormValues[];
}

export function toCreateUserInput(values: NewPersonValues): CreateUserInput {
  return { ...values, credentials: values.credentials.map(toCredentialInput) };
}
