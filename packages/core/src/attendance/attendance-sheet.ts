import type { Db, Prisma } from "@circle/db";
import type { AuthorizedSession } from "../access/cohort-access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { localDateOf } from "../sessions/schedule.ts";
import { byMemberName, membershipOf } from "./cohort-facts.ts";
import { isOnRoster } from "./progress.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A record's history: who changed it when, from what to what, and why. */
export const correctionSelect = {
  orderBy: { changedAt: "asc" },
  select: {
    id: true,
    fromStatus: true,
    toStatus: true,
    fromNote: true,
    toNote: true,
    reason: true,
    changedAt: true,
    changedBy: { select: { name: true } },
  },
} satisfies Prisma.AttendanceRecord$correctionsArgs;

/** Notes and correction reasons are about people's lives: facilitators and admins only. */
export function mayReadAttendanceNotes(actor: Actor): boolean {
  return actor.role !== "STAFF";
}

/**
 * One session's sheet: every member enrolled on its date (late joiners and leavers are not on
 * it), with their mark, who recorded it and the corrections since. Staff see the marks without
 * notes; a facilitator's or admin's read of members' notes is audited. The session and its
 * cohort are the ones the access check read; the rest comes in one query.
 */
export async function getAttendanceSheet(db: Db, actor: Actor, proven: AuthorizedSession, now = new Date()) {
  const sheet = await db.session.findUnique({
    where: { id: proven.id },
    select: {
      module: { select: { id: true, title: true, position: true } },
      cohort: {
        select: {
          program: { select: { id: true, name: true, groupType: true } },
          facilitators: { select: { role: true, user: { select: { id: true, name: true } } } },
          enrollments: {
            select: {
              id: true,
              status: true,
              enrolledAt: true,
              endedOn: true,
              member: { select: { id: true, firstName: true, lastName: true, preferredName: true, pronouns: true } },
            },
            orderBy: byMemberName,
          },
        },
      },
      attendance: {
        select: {
          memberId: true,
          status: true,
          note: true,
          recordedAt: true,
          updatedAt: true,
          recordedBy: { select: { id: true, name: true } },
          corrections: correctionSelect,
        },
      },
    },
  });
  if (!sheet) throw AppError.notFound("Session");
  const { enrollments, ...cohortRelations } = sheet.cohort;
  const cohort = {
    id: proven.cohort.id,
    name: proven.cohort.name,
    status: proven.cohort.status,
    timeZone: proven.cohort.timeZone,
    ...cohortRelations,
  };
  const session = {
    id: proven.id,
    number: proven.number,
    startsAt: proven.startsAt,
    durationMinutes: proven.durationMinutes,
    status: proven.status,
    isMakeUp: proven.isMakeUp,
    cancelReason: proven.cancelReason,
    module: sheet.module,
  };
  const records = sheet.attendance;
  const date = localDateOf(session.startsAt, cohort.timeZone);
  const withNotes = mayReadAttendanceNotes(actor);
  const recordOf = new Map(records.map((r) => [r.memberId, r]));
  const rows = enrollments
    .filter((e) => isOnRoster(membershipOf(e, cohort.timeZone), date))
    .map((e) => {
      const record = recordOf.get(e.member.id);
      return {
        enrollmentId: e.id,
        member: e.member,
        record: record && {
          status: record.status,
          note: withNotes ? record.note : null,
          recordedAt: record.recordedAt,
          updatedAt: record.updatedAt,
          recordedBy: record.recordedBy,
          corrections: record.corrections.map((c) => (withNotes ? c : { ...c, fromNote: null, toNote: null, reason: null })),
        },
      };
    });
  if (
    withNotes &&
    rows.some((row) => row.record?.note || row.record?.corrections.some((c) => c.fromNote || c.toNote || c.reason))
  )
    await recordAudit(db, actor, { action: "attendance.read_notes", entityType: "Session", entityId: session.id });
  const recorders = [...new Map(records.flatMap((r) => (r.recordedBy ? [[r.recordedBy.id, r.recordedBy.name]] : []))).values()];
  return {
    session: { ...session, date },
    cohort,
    rows,
    takenBy: recorders,
    /** changes to marks need a reason from now on */
    reasonRequired: now.getTime() - session.startsAt.getTime() > DAY_MS,
    /** why the sheet cannot be saved, when it cannot */
    closedBecause:
      session.status === "CANCELLED"
        ? "This session was cancelled"
        : cohort.status === "COMPLETED" || cohort.status === "CANCELLED"
          ? `This cohort is ${cohort.status.toLowerCase()}`
          : session.startsAt.getTime() - now.getTime() > DAY_MS
            ? "Attendance opens a day before the session"
            : null,
  };
}
