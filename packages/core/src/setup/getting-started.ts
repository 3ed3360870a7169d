import type { Db } from "@circle/db";

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
  const [counts] = await db.$queryRaw<GettingStarted[]>`
    SELECT (SELECT count(*) FROM "ConsentDocument")::int AS "consentDocuments",
           (SELECT count(*) FROM "Program")::int AS "programs",
           (SELECT count(*) FROM "User" WHERE role = 'FACILITATOR' AND active)::int AS "facilitators",
           (SELECT count(*) FROM "Cohort")::int AS "cohorts",
           (SELECT count(*) FROM "Application")::int AS "applications"`;
  if (!counts) throw new Error("no counts");
  return counts;
}
