import { type Db, Prisma } from "@circle/db";
import { type ListApplicationsInput, OPEN_APPLICATION_STATUSES, type Page } from "@circle/validators";
import { deniedAsNotFound } from "../access/denied-as-not-found.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { intakeApplicationsWhere, visibleApplicationsWhere } from "../members/member-access.ts";
import { JOINED, pageWindow, rowsOfPage } from "../paging.ts";
import { nextApplicationStatuses } from "./application-status.ts";
import { intakePermissions, intakeStandingOn } from "./intake-roles.ts";

const queueRow = {
  id: true,
  status: true,
  riskFlagged: true,
  riskAcknowledgedAt: true,
  submittedAt: true,
  interviewAt: true,
  referralSource: true,
  recommendation: true,
  recommendedBy: { select: { name: true } },
  _count: { select: { riskFlagNotes: { where: { escalated: true } } } },
  member: { select: { id: true, firstName: true, lastName: true, preferredName: true } },
  program: { select: { id: true, name: true } },
  cohort: { select: { id: true, name: true } },
} satisfies Prisma.ApplicationSelect;

export type ApplicationRow = Prisma.ApplicationGetPayload<{ select: typeof queueRow }>;

/**
 * The intake queue: admins every application, facilitators those they take part in (their
 * cohorts', and a program's unplaced ones where it says so); flagged, unacknowledged first.
 */
export async function listApplications(
  db: Db,
  actor: Actor,
  input: ListApplicationsInput,
  now = new Date(),
): Promise<Page<ApplicationRow>> {
  if (actor.role === "STAFF") throw AppError.forbidden("Your role does not allow this");
  const words = input.q?.split(/\s+/).filter(Boolean) ?? [];
  const where: Prisma.ApplicationWhereInput = {
    AND: [
      intakeApplicationsWhere(actor),
      input.status === "OPEN" ? { status: { in: [...OPEN_APPLICATION_STATUSES] } } : input.status ? { status: input.status } : {},
      input.programId ? { programId: input.programId } : {},
      input.cohortId ? { cohortId: input.cohortId } : {},
      input.flagged === undefined ? {} : { riskFlagged: input.flagged },
      input.olderThanDays ? { submittedAt: { lte: new Date(now.getTime() - input.olderThanDays * 86_400_000) } } : {},
      ...words.map((w) => ({
        member: {
          OR: [
            { firstName: { contains: w, mode: "insensitive" as const } },
            { lastName: { contains: w, mode: "insensitive" as const } },
            { preferredName: { contains: w, mode: "insensitive" as const } },
          ],
        },
      })),
    ],
  };
  const direction = input.desc ? "desc" : "asc";
  const [page, total] = await Promise.all([
    db.application.findMany({
      where,
      select: { id: true },
      orderBy: [
        { riskFlagged: "desc" },
        { riskAcknowledgedAt: { sort: "desc", nulls: "first" } },
        { [input.sort]: direction },
        { id: "asc" },
      ],
      ...pageWindow(input),
    }),
    // Counted in full: an index-only count of the open applications (2.7 ms for 11,900 of them at
    // ten times the large organisation). Counting to a cap made it slower: Prisma sorts a count
    // with `take` by id (prisma/orm#21032), and the id order meets the open ones late.
    db.application.count({ where }),
  ]);
  const rows = await rowsOfPage(page, (ids) =>
    db.application.findMany({ where: { id: { in: ids } }, select: queueRow, ...JOINED }),
  );
  return { rows, total, page: input.page, pageSize: input.pageSize };
}

/**
 * One application with its screening answers and timeline. Admins read any; facilitators only
 * those for one of their cohorts; staff never. Every read (and every refused one) is audited.
 */
export async function getApplication(db: Db, actor: Actor, applicationId: string) {
  if (actor.role === "STAFF") throw AppError.forbidden("Reporting staff cannot read screening answers");
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, visibleApplicationsWhere(actor)] },
    include: {
      member: true,
      program: { select: { id: true, name: true, groupType: true } },
      cohort: { select: { id: true, name: true } },
      interviewer: { select: { id: true, name: true } },
      riskAcknowledgedBy: { select: { name: true } },
      interviewNotesBy: { select: { name: true } },
      recommendedBy: { select: { name: true } },
      riskFlagNotes: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      createdBy: { select: { name: true } },
      answers: {
        include: { question: { select: { prompt: true, kind: true, position: true, riskLabel: true } } },
        orderBy: { question: { position: "asc" } },
      },
      statusChanges: { orderBy: { changedAt: "asc" }, include: { changedBy: { select: { name: true } } } },
      waitlistEntries: {
        select: { id: true, status: true, position: true, offerExpiresAt: true, cohort: { select: { name: true } } },
      },
      referrals: { select: { id: true, category: true, urgency: true, status: true, resource: { select: { name: true } } } },
    },
  });
  if (!application) throw await deniedAsNotFound(db, actor, "Application", applicationId);
  await recordAudit(db, actor, { action: "application.read_screening", entityType: "Application", entityId: applicationId });
  return {
    ...application,
    nextStatuses: nextApplicationStatuses(application.status),
    can: await permissionsOn(db, actor, application),
  };
}

/** What the page may offer: a facilitator who sees the application only through an enrollment takes no part. */
async function permissionsOn(db: Db, actor: Actor, application: { id: string; cohortId: string | null; programId: string }) {
  const takesPart =
    actor.role === "ADMIN" ||
    (await db.application.count({ where: { AND: [{ id: application.id }, intakeApplicationsWhere(actor)] } })) > 0;
  if (!takesPart) return { takePart: false, decide: false, acknowledgeRisk: false };
  return intakePermissions(await intakeStandingOn(db, actor, application));
}

/** The interviews the actor holds between two instants (their week, their home page). No screening answers. */
export async function listMyInterviews(db: Db, actor: Actor, range: { from: Date; to: Date }) {
  return db.application.findMany({
    where: {
      AND: [
        intakeApplicationsWhere(actor),
        { interviewerId: actor.userId, status: "INTERVIEW_SCHEDULED", interviewAt: { gte: range.from, lt: range.to } },
      ],
    },
    select: {
      id: true,
      interviewAt: true,
      interviewNotesAt: true,
      member: { select: { id: true, firstName: true, lastName: true, preferredName: true } },
      program: { select: { id: true, name: true } },
      cohort: { select: { id: true, name: true, timeZone: true, location: true, meetingUrl: true } },
    },
    orderBy: [{ interviewAt: "asc" }, { id: "asc" }],
  });
}

/**
 * Applications waiting for a decision, for the admin home page: flagged ones, and those a
 * facilitator escalated. Three counts in one statement, each its own subquery so that each
 * keeps its index-only plan (as one scan with FILTERs, PostgreSQL read every waiting row).
 */
export async function countOpenApplications(db: Db) {
  const waiting = Prisma.sql`a."status" = ANY(${[...OPEN_APPLICATION_STATUSES]}::text[]::"ApplicationStatus"[])`;
  const unacknowledged = Prisma.sql`${waiting} AND a."riskFlagged" AND a."riskAcknowledgedAt" IS NULL`;
  const [counts] = await db.$queryRaw<{ total: number; flagged: number; escalated: number }[]>`
    SELECT (SELECT count(*) FROM "Application" a WHERE ${waiting})::int AS "total",
           (SELECT count(*) FROM "Application" a WHERE ${unacknowledged})::int AS "flagged",
           (SELECT count(*) FROM "Application" a WHERE ${unacknowledged} AND EXISTS (
              SELECT 1 FROM "RiskFlagNote" n WHERE n."applicationId" = a."id" AND n."escalated"))::int AS "escalated"`;
  const { total = 0, flagged = 0, escalated = 0 } = counts ?? {};
  return { total, flagged, escalated };
}
