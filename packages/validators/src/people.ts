import { z } from "zod";
import { CredentialKind, Role } from "./enums.ts";
import { listInput } from "./paging.ts";
import { text } from "./text.ts";
import { USER_SORTS } from "./vocabulary.ts";

export const id = z.uuid({ message: "Must be a valid id" });

/**
 * Names one submission of a form that creates a record (the dashboard makes one per opened
 * form): a double click or a retry under the same key is answered with the first result.
 */
export const idempotencyKey = z.uuid({ message: "Must be a valid idempotency key" }).optional();

export const email = text()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address" }).max(254));

// NIST SP 800-63B: length over composition rules; long passphrases allowed.
export const newPassword = text()
  .min(12, { message: "Use at least 12 characters" })
  .max(128, { message: "Use at most 128 characters" });

export const personName = text().trim().min(1, { message: "Enter a name" }).max(120);

const dateOnly = z.iso.date({ message: "Enter a date as YYYY-MM-DD" });

export const credentialInput = z.object({
  kind: CredentialKind,
  title: text().trim().min(1, { message: "Enter the licence or certificate" }).max(120),
  number: text().trim().max(60).optional(),
  issuer: text().trim().max(120).optional(),
  expiresOn: dateOnly.optional(),
});
export type CredentialInput = z.infer<typeof credentialInput>;

export const signInInput = z.object({
  email,
  password: text().min(1, { message: "Enter your password" }).max(128),
});

export const changePasswordInput = z
  .object({ currentPassword: text().min(1, { message: "Enter your current password" }).max(128), newPassword })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one",
  });

export const createUserInput = z.object({
  name: personName,
  email,
  role: Role,
  temporaryPassword: newPassword,
  credentials: z.array(credentialInput).max(10).default([]),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

/** The first administrator, created through the setup link the server printed. */
export const setupToken = text().min(1, { message: "Open the setup link the server printed" }).max(200);
export const firstAdministratorInput = z.object({ token: setupToken, name: personName, email, password: newPassword });
export const setupStatusInput = z.object({ token: setupToken.optional() });

export const updateUserInput = z.object({
  userId: id,
  name: personName,
  email,
});

export const changeRoleInput = z.object({ userId: id, role: Role });
export type ChangeRoleInput = z.infer<typeof changeRoleInput>;
export const setActiveInput = z.object({ userId: id, active: z.boolean() });
export type SetActiveInput = z.infer<typeof setActiveInput>;
export const resetPasswordInput = z.object({ userId: id, temporaryPassword: newPassword });
export const addCredentialInput = credentialInput.extend({ userId: id });
export type AddCredentialInput = z.infer<typeof addCredentialInput>;
export const updateCredentialInput = credentialInput.extend({ credentialId: id });
export type UpdateCredentialInput = z.infer<typeof updateCredentialInput>;
export const removeCredentialInput = z.object({ credentialId: id });
export type RemoveCredentialInput = z.infer<typeof removeCredentialInput>;

export const listUsersInput = listInput(USER_SORTS, "name").extend({
  role: Role.optional(),
  status: z.enum(["active", "inactive"]).optional(),
});
export type ListUsersInput = z.infer<typeof listUsersInput>;
