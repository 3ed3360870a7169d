import { z } from "zod";
import { listInput } from "./paging.ts";
import { id } from "./people.ts";
import { text } from "./text.ts";
import { MEMBER_SORTS } from "./vocabulary.ts";

const optional = (max: number) =>
  text()
    .trim()
    .max(max, { message: `Keep it under ${max} characters` })
    .transform((v) => v || null)
    .nullable()
    .optional();

const phone = text()
  .trim()
  .max(40)
  .refine((v) => v === "" || /^[+()\d\s.-]{6,}$/.test(v), { message: "Enter a phone number (digits, spaces, + ( ) - .)" })
  .transform((v) => v || null)
  .nullable()
  .optional();

/** Only what the work needs: who they are, how to reach them, who to call, how to include them. */
export const memberFields = z
  .object({
    firstName: text().trim().min(1, { message: "Enter the first name" }).max(80),
    lastName: text().trim().min(1, { message: "Enter the last name" }).max(80),
    preferredName: optional(80),
    pronouns: optional(40),
    email: z
      .union([
        z.literal(""),
        text()
          .trim()
          .toLowerCase()
          .pipe(z.email({ message: "Enter a valid email address" })),
      ])
      .transform((v) => v || null)
      .nullable()
      .optional(),
    phone,
    emergencyContactName: optional(120),
    emergencyContactPhone: phone,
    emergencyContactRelationship: optional(60),
    language: optional(60),
    accessibilityNeeds: optional(1000),
  })
  .refine((m) => m.email || m.phone, { path: ["email"], message: "Enter an email address or a phone number" });
export type MemberFields = z.infer<typeof memberFields>;

export const updateMemberInput = z.object({ memberId: id, member: memberFields });
export type UpdateMemberInput = z.infer<typeof updateMemberInput>;

export const duplicateCheckInput = z.object({
  firstName: text().trim().max(80).default(""),
  lastName: text().trim().max(80).default(""),
  email: text().trim().toLowerCase().max(254).optional(),
  phone: text().trim().max(40).optional(),
});

export const listMembersInput = listInput(MEMBER_SORTS, "lastName").extend({ cohortId: id.optional() });
export type ListMembersInput = z.infer<typeof listMembersInput>;
