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
 * Everything the statistics need for some cohorts, in one query whatever their size: the
 * cohorts with their sessions (and each session's marks), enrollments and follow-ups.
 */
export async function loadCohortFacts(db: Reader, cohortIds: string[]): Promise<CohortFacts[]> {
  if (cohortIds.length === 0) return [];
  const cohorts = await db.cohort.findMany({
    where: { id: { in: cohortIds } },
    select: {
      id: true,
      name: true,
      status: true,
      timeZone: true,
      program: { select: { completionPercent: true, followUpAfterAbsences: true } },
      sessions: {
        select: {
          id: true,
          number: true,
          status: true,
          isMakeUp: true,
          startsAt: true,
          module: { select: { id: true, title: true, position: true } },
          attendance: { select: { memberId: true, status: true } },
        },
        orderBy: [{ startsAt: "asc" }, { number: "asc" }],
      },
      enrollments: {
        select: {
          id: true,
          status: true,
          enrolledAt: true,
          endedOn: true,
          member: { select: { id: true, firstName: true, lastName: true, preferredName: true } },
          followUps: { select: { sessionId: true } },
        },
        orderBy: [{ member: { lastName: "asc" } }, { member: { firstName: "asc" } }],
      },
    },
    orderBy: { startDate: "asc" },
  });
  return cohorts.map((cohort) => {
    // a member's marks in this cohort's sessions (marks in other cohorts are not this cohort's)
    const marksOf = new Map<string, Map<string, AttendanceStatus>>();
    for (const session of cohort.sessions)
      for (const mark of session.attendance) {
        const byMember = marksOf.get(mark.memberId) ?? new Map<string, AttendanceStatus>();
        byMember.set(session.id, mark.status);
        marksOf.set(mark.memberId, byMember);
      }
    return {
      id: cohort.id,
      name: cohort.name,
      status: cohort.status,
      timeZone: cohort.timeZone,
      completionPercent: cohort.program.completionPercent,
      followUpOverride: cohort.program.followUpAfterAbsences,
      sessions: cohort.sessions.map((s) => ({
        id: s.id,
        number: s.number,
        status: s.status,
        isMakeUp: s.isMakeUp,
        date: localDateOf(s.startsAt, cohort.timeZone),
        module: s.module,
      })),
      members: cohort.enrollments.map((e) => ({
        enrollmentId: e.id,
        status: e.status,
        member: e.member,
        membership: membershipOf(e, cohort.timeZone),
        marks: marksOf.get(e.member.id) ?? new Map<string, AttendanceStatus>(),
        followedUp: new Set(e.followUps.map((f) => f.sessionId)),
      })),
    };
  });
}

/** The follow-up threshold for a cohort: its program's override, else the organisation's setting. */
export function followUpThreshold(
  cohort: Pick<CohortFacts, "followUpOverride">,
  setting: number = SETTING_DEFAULTS.followUpAfterAbsences,
) {
  return cohort.followUpOverride ?? setting;
}
