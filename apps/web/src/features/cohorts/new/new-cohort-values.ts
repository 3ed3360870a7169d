import type { CreateCohortInput, createCohortInput, Delivery } from "@circle/validators";
import type { FormErrors } from "@mantine/form";
import type { z } from "zod";
import { isoWeekday, todayIsoDay } from "../../../lib/calendar-days.ts";
import { organisationTimeZone } from "../../../lib/organisation-zone.ts";
import type { FacilitatorChoice } from "../facilitator-fields.tsx";

/** A new cohort as its form holds it; selects hold strings, number inputs may hold "". */
export interface NewCohortValues {
  programId: string;
  name: string;
  startDate: string | null;
  /** ISO weekday as a select value: "1" = Monday … "7" = Sunday */
  weekday: string;
  startTime: string;
  timeZone: string;
  location: string;
  meetingUrl: string;
  capacity: number | string;
  minimumEnrollment: number | string;
  facilitators: FacilitatorChoice;
  skipDates: string[];
}

export function blankCohort(programId: string | undefined): NewCohortValues {
  const today = todayIsoDay();
  return {
    programId: programId ?? "",
    name: "",
    startDate: null,
    weekday: String(isoWeekday(today)),
    startTime: "18:00",
    timeZone: organisationTimeZone(),
    location: "",
    meetingUrl: "",
    capacity: "",
    minimumEnrollment: "",
    facilitators: { leadId: "", coFacilitatorIds: [] },
    skipDates: [],
  };
}

/** What the API takes: the place fields the program's delivery uses, numbers left out when blank. */
export function toCreateCohortInput(values: NewCohortValues, delivery: Delivery | undefined): z.input<typeof createCohortInput> {
  return {
    programId: values.programId,
    name: values.name,
    startDate: values.startDate ?? "",
    weekday: values.weekday,
    startTime: values.startTime,
    timeZone: values.timeZone,
    skipDates: values.skipDates,
    location: delivery === "ONLINE" ? undefined : values.location,
    meetingUrl: delivery === "IN_PERSON" ? undefined : values.meetingUrl,
    capacity: values.capacity === "" ? undefined : values.capacity,
    minimumEnrollment: values.minimumEnrollment === "" ? undefined : values.minimumEnrollment,
    facilitators: values.facilitators,
  };
}

export type NewCohortInput = CreateCohortInput;

/** Plainer words than the server's schema for the choices not yet made (they win over its messages). */
export function validateNewCohort(values: NewCohortValues, delivery: Delivery | undefined): FormErrors {
  const errors: FormErrors = {};
  if (!values.programId) errors.programId = "Choose the program this cohort runs";
  if (!values.startDate) errors.startDate = "Choose the first possible date";
  if (!values.facilitators.leadId) errors["facilitators.leadId"] = "Choose who leads the cohort";
  if (delivery !== "ONLINE" && !values.location.trim()) errors.location = "Enter where the group meets";
  if (delivery !== "IN_PERSON" && !values.meetingUrl.trim()) errors.meetingUrl = "Enter the meeting link";
  return errors;
}
