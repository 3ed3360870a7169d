import type { Db } from "@circle/db";

/** 1 where the organisation has at least one, else 0 */
export interface GettingStarted {
  consentDocuments: number;
  programs: number;
  facilitators: number;
  cohorts: number;
  applications: number;
}

/**
 * How far a new organisation is with its first steps, in the order they build on each other: the
 * consent document a program requires, the program, the people who lead it, its first cohort,
 * the first applications. One statement; an administrator's home shows it until all are done.
 */
export async function gettingStarted(db: Db): Promise<GettingStarted> {
  // Whether there is at least one of each (1 or 0): counting a large organisation's applications
  // on every administrator's home would only say the same.
  const [counts] = await db.$queryRaw<GettingStarted[]>`
    SELECT EXISTS (SELECT FROM "ConsentDocument")::int AS "consentDocuments",
           EXISTS (SELECT FROM "Program")::int AS "programs",
           EXISTS (SELECT FROM "User" WHERE role = 'FACILITATOR' AND active)::int AS "facilitators",
           EXISTS (SELECT FROM "Cohort")::int AS "cohorts",
           EXISTS (SELECT FROM "Application")::int AS "applications"`;
  if (!counts) throw new Error("no counts");
  return counts;
}
