import { z } from "zod";
import { Delivery, GroupType, Leadership } from "./enums.ts";
import { listInput, queryFlag } from "./paging.ts";
import { id } from "./people.ts";
import { text } from "./text.ts";
import { PROGRAM_SORTS } from "./vocabulary.ts";

const longText = (max: number) =>
  text()
    .trim()
    .max(max, { message: `Keep it under ${max} characters` });
const count = (field: string, min: number, max: number) =>
  z.coerce
    .number({ message: `Enter the ${field}` })
    .int({ message: `The ${field} must be a whole number` })
    .min(min, { message: `The ${field} must be at least ${min}` })
    .max(max, { message: `The ${field} must be at most ${max}` });

export const programFields = z
  .object({
    name: text().trim().min(1, { message: "Enter the program's name" }).max(120),
    description: longText(4000).default(""),
    groupType: GroupType,
    leadership: Leadership,
    delivery: Delivery,
    sessionCount: count("number of sessions", 1, 52),
    sessionLengthMinutes: count("session length", 15, 480),
    defaultCapacity: count("capacity", 1, 200),
    minimumEnrollment: count("minimum enrollment", 1, 200),
    joinUntilSession: count("last session to join after", 1, 52).default(1),
    eligibilityNotes: longText(4000).default(""),
    requiresLicensedLead: z.boolean().default(false),
    /** facilitators of its live cohorts also see its applications not yet placed in a cohort (default: no) */
    facilitatorsSeeUnplaced: z.boolean().optional(),
    /** a cohort's licensed lead decides its applications, not only an administrator (default: no) */
    licensedLeadsDecide: z.boolean().optional(),
    consentDocumentId: id.nullable().optional(),
    /** the share of held sessions a member attends to complete (the database's default: 75) */
    completionPercent: count("completion share", 1, 100).optional(),
    /** absences in a row before follow-up; null = the organisation's setting */
    followUpAfterAbsences: count("absences before follow-up", 1, 10).nullable().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.minimumEnrollment > p.defaultCapacity) {
      ctx.addIssue({ code: "custom", path: ["minimumEnrollment"], message: "Minimum enrollment cannot exceed the capacity" });
    }
    if (p.joinUntilSession > p.sessionCount) {
      ctx.addIssue({ code: "custom", path: ["joinUntilSession"], message: "Cannot be after the last session" });
    }
    if (p.groupType === "THERAPY" && p.leadership === "PEER_LED") {
      ctx.addIssue({ code: "custom", path: ["leadership"], message: "A therapy group is led by a licensed professional" });
    }
  });
export type ProgramFields = z.infer<typeof programFields>;

export const createProgramInput = programFields;
export const updateProgramInput = z.object({ programId: id, program: programFields });
export type UpdateProgramInput = z.infer<typeof updateProgramInput>;
export const setProgramArchivedInput = z.object({ programId: id, archived: z.boolean() });
export type SetProgramArchivedInput = z.infer<typeof setProgramArchivedInput>;

export const moduleFields = z.object({
  title: text().trim().min(1, { message: "Enter the module's title" }).max(160),
  goals: longText(4000).default(""),
  facilitatorNotes: longText(8000).default(""),
  homework: longText(4000).default(""),
});
export const addModuleInput = moduleFields.extend({ programId: id });
export type AddModuleInput = z.infer<typeof addModuleInput>;
export const updateModuleInput = moduleFields.extend({ moduleId: id });
export type UpdateModuleInput = z.infer<typeof updateModuleInput>;
export const removeModuleInput = z.object({ moduleId: id });
export type RemoveModuleInput = z.infer<typeof removeModuleInput>;
export const reorderModulesInput = z.object({ programId: id, moduleIds: z.array(id).min(1).max(104) });
export type ReorderModulesInput = z.infer<typeof reorderModulesInput>;

export const listProgramsInput = listInput(PROGRAM_SORTS, "name").extend({
  groupType: GroupType.optional(),
  archived: queryFlag.optional(),
});
export type ListProgramsInput = z.infer<typeof listProgramsInput>;
