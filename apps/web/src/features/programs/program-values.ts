import type { Delivery, GroupType, Leadership, programFields } from "@circle/validators";
import type { z } from "zod";
import type { Program } from "./types.ts";

type Count = number | string;

/** A program as its form holds it: number inputs may hold "" while someone types. */
export interface ProgramFormValues {
  name: string;
  description: string;
  groupType: GroupType;
  leadership: Leadership;
  delivery: Delivery;
  sessionCount: Count;
  sessionLengthMinutes: Count;
  defaultCapacity: Count;
  minimumEnrollment: Count;
  joinUntilSession: Count;
  eligibilityNotes: string;
  requiresLicensedLead: boolean;
  facilitatorsSeeUnplaced: boolean;
  licensedLeadsDecide: boolean;
  consentDocumentId: string | null;
  completionPercent: Count;
  /** "" leaves it to the organisation's setting */
  followUpAfterAbsences: Count;
}

export type ProgramInput = z.input<typeof programFields>;

export function blankProgram(): ProgramFormValues {
  return {
    name: "",
    description: "",
    groupType: "SUPPORT",
    leadership: "PEER_LED",
    delivery: "IN_PERSON",
    sessionCount: 8,
    sessionLengthMinutes: 90,
    defaultCapacity: 12,
    minimumEnrollment: 5,
    joinUntilSession: 1,
    eligibilityNotes: "",
    requiresLicensedLead: false,
    facilitatorsSeeUnplaced: false,
    licensedLeadsDecide: false,
    consentDocumentId: null,
    completionPercent: 75,
    followUpAfterAbsences: "",
  };
}

export function programFormValues(program: Program): ProgramFormValues {
  return {
    name: program.name,
    description: program.description,
    groupType: program.groupType,
    leadership: program.leadership,
    delivery: program.delivery,
    sessionCount: program.sessionCount,
    sessionLengthMinutes: program.sessionLengthMinutes,
    defaultCapacity: program.defaultCapacity,
    minimumEnrollment: program.minimumEnrollment,
    joinUntilSession: program.joinUntilSession,
    eligibilityNotes: program.eligibilityNotes,
    requiresLicensedLead: program.requiresLicensedLead,
    facilitatorsSeeUnplaced: program.facilitatorsSeeUnplaced,
    licensedLeadsDecide: program.licensedLeadsDecide,
    consentDocumentId: program.consentDocumentId,
    completionPercent: program.completionPercent,
    followUpAfterAbsences: program.followUpAfterAbsences ?? "",
  };
}

/** What the API takes; a therapy group is always professionally led by a licensed lead. */
export function toProgramInput(values: ProgramFormValues): ProgramInput {
  const therapy = values.groupType === "THERAPY";
  return {
    ...values,
    leadership: therapy ? "PROFESSIONALLY_LED" : values.leadership,
    requiresLicensedLead: therapy || values.requiresLicensedLead,
    followUpAfterAbsences: values.followUpAfterAbsences === "" ? null : values.followUpAfterAbsences,
  };
}

/** An update's paths name the design's fields under "program" ("program.name" → "name"). */
export function programFieldFor(path: string): string | null {
  const field = path.startsWith("program.") ? path.slice("program.".length) : path;
  return field in blankProgram() ? field : null;
}
