import type { Db } from "@circle/db";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { localDateOf } from "../sessions/schedule.ts";
import { readSettings } from "../settings/settings.ts";
import { countsAsAttended } from "./progress.ts";

/**
 * The facts of an attendance letter (proof for a court, an employer or another program): which
 * held sessions of which cohort the member attended, the program, the lead facilitator and the
 * organisation. Every letter produced is written to the audit log. The caller has proven the
 * actor runs the cohort (its facilitators and admins).
 */
export async function getAttendanceLetter(db: Db, actor: Actor, input: { cohortId: string; memberId: string }, now = new Date()) {
  const enrollment = await db.enrollment.findUnique({
    where: { cohortId_memberId: { cohortId: input.cohortId, memberId: input.memberId } },
    select: {
      id: true,
      status: true,
      enrolledAt: true,
      endedOn: true,
      member: { select: { firstName: true, lastName: true } },
      cohort: {
        select: {
          name: true,
          timeZone: true,
          program: { select: { name: true } },
          facilitators: { where: { role: "LEAD" }, select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  if (!enrollment) throw AppError.notFound("Member");
  const [records, settings] = await Promise.all([
    db.attendanceRecord.findMany({
      where: { memberId: input.memberId, session: { cohortId: input.cohortId, status: "HELD" } },
      select: { status: true, session: { select: { number: true, startsAt: true, module: { select: { title: true } } } } },
      orderBy: { session: { startsAt: "asc" } },
    }),
    readSettings(db),
  ]);
  const { cohort } = enrollment;
  const attended = records
    .filter((r) => countsAsAttended(r.status))
    .map((r) => ({
      number: r.session.number,
      date: localDateOf(r.session.startsAt, cohort.timeZone),
      module: r.session.module?.title ?? null,
    }));
  await recordAudit(db, actor, {
    action: "attendance.produce_letter",
    entityType: "Enrollment",
    entityId: enrollment.id,
    details: { sessionsAttended: attended.length },
  });
  return {
    organisationName: settings.organisationName,
    member: enrollment.member,
    program: cohort.program.name,
    cohort: cohort.name,
    facilitator: cohort.facilitators[0]?.user.name ?? null,
    enrollment: {
      status: enrollment.status,
      from: localDateOf(enrollment.enrolledAt, cohort.timeZone),
      until: enrollment.endedOn,
    },
    attended,
    issuedOn: localDateOf(now, cohort.timeZone),
  };
}
