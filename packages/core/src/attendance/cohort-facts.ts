import type { Db, Prisma } from "@circle/db";
import type { AttendanceStatus, EnrollmentStatus } from "@circle/validators";
import { localDateOf } from "../sessions/schedule.ts";
import { SETTING_DEFAULTS } from "../settings/settings.ts";
import type { Membership, SessionFacts } from "./progress.ts";

type Reader = Db | Prisma.TransactionClient;

export interface MemberFacts {
  enrollmentId: string;
  status: EnrollmentStatus;
  member: { id: string; firstName: string; lastName: string; preferredName: string | null };
  membership: Membership;
  marks: Map<string, AttendanceStatus>;
  /** sessions a follow-up has answered */
  followedUp: Set<string>;
}

export interface CohortFacts {
  id: string;
  name: string;
  status: string;
  timeZone: string;
  completionPercent: number;
  /** the program's override of the organisation's follow-up threshold, when it has one */
  followUpOverride: number | null;
  sessions: SessionFacts[];
  members: MemberFacts[];
}

export function membershipOf(enrollment: { enrolledAt: Date; endedOn: Date | null }, timeZone: string): Membership {
  return {
    from: localDateOf(enrollment.enrolledAt, timeZone),
    until: enrollment.endedOn ? enrollment.endedOn.toISOString().slice(0, 10) : null,
  };
}

/**
 * Everything the statistics need for some cohorts, in five queries whatever their size: the
 * cohorts, their sessions, enrollments, attendance marks and follow-ups.
 */
export async function loadCohortFacts(db: Reader, cohortIds: string[]): Promise<CohortFacts[]> {
  if (cohortIds.length === 0) return [];
  const [cohorts, sessions, enrollments, marks, followUps] = await Promise.all([
    db.cohort.findMany({
      where: { id: { in: cohortIds } },
      select: {
        id: true,
        name: true,
        status: true,
        timeZone: true,
        program: { select: { completionPercent: true, followUpAfterAbsences: true } },
      },
      orderBy: { startDate: "asc" },
    }),
    db.session.findMany({
      where: { cohortId: { in: cohortIds } },
      select: {
        id: true,
        cohortId: true,
        number: true,
        status: true,
        isMakeUp: true,
        startsAt: true,
        module: { select: { id: true, title: true, position: true } },
      },
      orderBy: [{ startsAt: "asc" }, { number: "asc" }],
    }),
    db.enrollment.findMany({
      where: { cohortId: { in: cohortIds } },
      select: {
        id: true,
        cohortId: true,
        status: true,
        enrolledAt: true,
        endedOn: true,
        member: { select: { id: true, firstName: true, lastName: true, preferredName: true } },
      },
      orderBy: [{ member: { lastName: "asc" } }, { member: { firstName: "asc" } }],
    }),
    db.attendanceRecord.findMany({
      where: { session: { cohortId: { in: cohortIds } } },
      select: { sessionId: true, memberId: true, status: true },
    }),
    db.followUpNote.findMany({
      where: { enrollment: { cohortId: { in: cohortIds } } },
      select: { enrollmentId: true, sessionId: true },
    }),
  ]);
  const marksOf = new Map<string, Map<string, AttendanceStatus>>();
  for (const mark of marks) {
    const byMember = marksOf.get(mark.memberId) ?? new Map<string, AttendanceStatus>();
    byMember.set(mark.sessionId, mark.status);
    marksOf.set(mark.memberId, byMember);
  }
  const followedUpOf = new Map<string, Set<string>>();
  for (const note of followUps)
    followedUpOf.set(note.enrollmentId, (followedUpOf.get(note.enrollmentId) ?? new Set()).add(note.sessionId));

  const sessionsOf = groupBy(sessions, (s) => s.cohortId);
  const enrollmentsOf = groupBy(enrollments, (e) => e.cohortId);
  return cohorts.map((cohort) => {
    const own = new Set((sessionsOf.get(cohort.id) ?? []).map((s) => s.id));
    return {
      id: cohort.id,
      name: cohort.name,
      status: cohort.status,
      timeZone: cohort.timeZone,
      completionPercent: cohort.program.completionPercent,
      followUpOverride: cohort.program.followUpAfterAbsences,
      sessions: (sessionsOf.get(cohort.id) ?? []).map((s) => ({
        id: s.id,
        number: s.number,
        status: s.status,
        isMakeUp: s.isMakeUp,
        date: localDateOf(s.startsAt, cohort.timeZone),
        module: s.module,
      })),
      members: (enrollmentsOf.get(cohort.id) ?? []).map((e) => ({
        enrollmentId: e.id,
        status: e.status,
        member: e.member,
        membership: membershipOf(e, cohort.timeZone),
        // a member's marks in other cohorts are not this cohort's
        marks: new Map([...(marksOf.get(e.member.id) ?? new Map<string, AttendanceStatus>())].filter(([id]) => own.has(id))),
        followedUp: followedUpOf.get(e.id) ?? new Set(),
      })),
    };
  });
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

/** The follow-up threshold for a cohort: its program's override, else the organisation's setting. */
export function followUpThreshold(
  cohort: Pick<CohortFacts, "followUpOverride">,
  setting: number = SETTING_DEFAULTS.followUpAfterAbsences,
) {
  return cohort.followUpOverride ?? setting;
}
