import type { Db } from "@circle/db";
import { uniqueSuffix } from "@circle/db/testing";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter, createCaller } from "../root.ts";

// Programs and cohorts for integration tests, made through the real procedures so every test
// starts from data the product itself would have saved.

export type Caller = ReturnType<typeof createCaller>;
type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;
export type ProgramInput = Inputs["programs"]["create"];
export type CohortInput = Inputs["cohorts"]["create"];
export type Program = Outputs["programs"]["create"] & { modules: Outputs["programs"]["addModule"][] };

/** A valid program form: an 8-week, in-person, peer-led support group. */
export function programInput(overrides: Partial<ProgramInput> = {}): ProgramInput {
  return {
    name: `Grief support ${uniqueSuffix()}`,
    description: "A closed weekly group for people who lost someone close",
    groupType: "SUPPORT",
    leadership: "PEER_LED",
    delivery: "IN_PERSON",
    sessionCount: 8,
    sessionLengthMinutes: 90,
    defaultCapacity: 12,
    minimumEnrollment: 4,
    ...overrides,
  };
}

/** Creates a program as the given admin, with modules "Week 1" … "Week n" (n = sessionCount unless given). */
export async function makeProgram(
  admin: Caller,
  overrides: Partial<ProgramInput> = {},
  options: { modules?: number } = {},
): Promise<Program> {
  const program = await admin.programs.create(programInput(overrides));
  const modules: Program["modules"] = [];
  for (let week = 1; week <= (options.modules ?? program.sessionCount); week++) {
    modules.push(
      await admin.programs.addModule({ programId: program.id, title: `Week ${week}`, goals: `Goals of week ${week}` }),
    );
  }
  return { ...program, modules };
}

/** The YYYY-MM-DD date it is now in a time zone. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** Calendar arithmetic on YYYY-MM-DD dates. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

/** The local wall-clock date and time ("YYYY-MM-DD HH:MM") of an instant in a time zone. */
export function localDateTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

export const COHORT_TIME_ZONE = "America/Chicago";

/**
 * A valid cohort form for the program, led by leadId. By default it starts on a weekday 60 days
 * from now (its first session is on startDate) at 18:30 in Chicago, with a location and/or
 * meeting link as the program's delivery needs.
 */
export function cohortInput(
  program: { id: string; delivery: ProgramInput["delivery"] },
  leadId: string,
  overrides: Partial<CohortInput> = {},
): CohortInput {
  const timeZone = overrides.timeZone ?? COHORT_TIME_ZONE;
  const startDate = overrides.startDate ?? addDays(todayIn(timeZone), 60);
  return {
    programId: program.id,
    name: `Cohort ${uniqueSuffix()}`,
    startDate,
    weekday: isoWeekday(startDate),
    startTime: "18:30",
    timeZone,
    skipDates: [],
    location: program.delivery === "ONLINE" ? null : "Community Centre, Room 2",
    meetingUrl: program.delivery === "IN_PERSON" ? null : "https://meet.example.org/group",
    facilitators: { leadId, coFacilitatorIds: [] },
    ...overrides,
  };
}

/** Creates a cohort through cohorts.create (see cohortInput for the defaults). */
export function makeCohort(
  admin: Caller,
  program: { id: string; delivery: ProgramInput["delivery"] },
  leadId: string,
  overrides: Partial<CohortInput> = {},
) {
  return admin.cohorts.create(cohortInput(program, leadId, overrides));
}

/** A cohort whose first session was `daysAgo` days ago (so some sessions are due to be held). */
export function makeStartedCohort(
  admin: Caller,
  program: { id: string; delivery: ProgramInput["delivery"] },
  leadId: string,
  daysAgo: number,
  overrides: Partial<CohortInput> = {},
) {
  const timeZone = overrides.timeZone ?? COHORT_TIME_ZONE;
  return makeCohort(admin, program, leadId, { startDate: addDays(todayIn(timeZone), -daysAgo), ...overrides });
}

/** Enrolls `count` new members in a cohort, straight in the database (enrollment has no procedures yet). */
export async function enrollMembers(db: Db, cohortId: string, count: number, status: "ENROLLED" | "WITHDREW" = "ENROLLED") {
  for (let i = 0; i < count; i++) {
    const member = await db.member.create({ data: { firstName: "Member", lastName: `${uniqueSuffix()}` } });
    await db.enrollment.create({ data: { cohortId, memberId: member.id, status } });
  }
}

/** The cohort's sessions in order, as the database holds them. */
export function storedSessions(db: Db, cohortId: string) {
  return db.session.findMany({ where: { cohortId }, orderBy: { number: "asc" } });
}

/** An id no record has. */
export const MISSING_ID = "01900000-0000-7000-8000-000000000000";
