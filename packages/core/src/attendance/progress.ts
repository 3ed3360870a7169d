// Attendance statistics, computed live from the records (docs/DOMAIN.md: Attendance, Progress).
// Pure functions over plain facts, so every rule is unit-tested without a database.
import type { AttendanceStatus, EnrollmentStatus, SessionStatus } from "@circle/validators";

export interface SessionFacts {
  id: string;
  number: number;
  status: SessionStatus;
  isMakeUp: boolean;
  /** the session's local date in the cohort's time zone (YYYY-MM-DD), after any reschedule */
  date: string;
  module: { id: string; title: string; position: number } | null;
}

/** When a member belonged to the cohort, as local dates; both ends inclusive. */
export interface Membership {
  from: string;
  /** the day the enrollment ended (withdrew, dropped, completed); null while enrolled */
  until: string | null;
}

/** sessionId → the member's recorded status */
export type Marks = ReadonlyMap<string, AttendanceStatus>;

const ATTENDED: ReadonlySet<AttendanceStatus> = new Set(["PRESENT", "LATE", "LEFT_EARLY"]);

/** Late and left early count as attended. */
export function countsAsAttended(status: AttendanceStatus): boolean {
  return ATTENDED.has(status);
}

/** Whether the member was enrolled on a session's date: late joiners and leavers are not on earlier or later sheets. */
export function isOnRoster(membership: Membership, date: string): boolean {
  return membership.from <= date && (membership.until === null || date <= membership.until);
}

export interface MissedModule {
  id: string;
  title: string;
  position: number;
  sessionNumber: number;
}

export interface MemberProgress {
  /** held sessions while the member was enrolled (cancelled and not-yet-held sessions never count) */
  held: number;
  attended: number;
  excused: number;
  absent: number;
  /** held sessions with no mark for this member yet */
  unmarked: number;
  /** attended ÷ (attended + absent): excused and unmarked sessions count neither way; null before any */
  rate: number | null;
  /** the current run of absences, latest last (excused and unmarked sessions neither break nor extend it) */
  absenceRun: string[];
  /** modules of held sessions the member missed (absent or excused) and did not attend elsewhere, e.g. at a make-up */
  modulesMissed: MissedModule[];
}

/** One member's progress. `sessions` are the cohort's, in order of their dates. */
export function memberProgress(sessions: readonly SessionFacts[], membership: Membership, marks: Marks): MemberProgress {
  const held = sessions.filter((s) => s.status === "HELD" && isOnRoster(membership, s.date));
  let attended = 0;
  let excused = 0;
  let absent = 0;
  let unmarked = 0;
  let absenceRun: string[] = [];
  const attendedModules = new Set<string>();
  const missed = new Map<string, MissedModule>();
  for (const session of held) {
    const status = marks.get(session.id);
    if (status === undefined) unmarked++;
    else if (countsAsAttended(status)) {
      attended++;
      absenceRun = [];
      if (session.module) attendedModules.add(session.module.id);
    } else if (status === "EXCUSED") excused++;
    else {
      absent++;
      absenceRun.push(session.id);
    }
    if (session.module && (status === "ABSENT" || status === "EXCUSED") && !missed.has(session.module.id))
      missed.set(session.module.id, { ...session.module, sessionNumber: session.number });
  }
  const counted = attended + absent;
  return {
    held: held.length,
    attended,
    excused,
    absent,
    unmarked,
    rate: counted === 0 ? null : attended / counted,
    absenceRun,
    modulesMissed: [...missed.values()].filter((m) => !attendedModules.has(m.id)).sort((a, b) => a.position - b.position),
  };
}

/** The program's completion rule: attended at least `percent`% of the held sessions that count. */
export function meetsCompletion(progress: Pick<MemberProgress, "attended" | "absent">, percent: number): boolean {
  const counted = progress.attended + progress.absent;
  return counted > 0 && progress.attended * 100 >= percent * counted;
}

/** Mid-cohort, a member whose rate has fallen below the completion rule is at risk. */
export function isAtRisk(progress: Pick<MemberProgress, "attended" | "absent">, percent: number): boolean {
  return progress.attended + progress.absent > 0 && !meetsCompletion(progress, percent);
}

/**
 * On the follow-up list: `threshold` or more absences in a row, and no follow-up recorded for
 * any session of this run (a later attendance ends the run, and so the need).
 */
export function needsFollowUp(progress: Pick<MemberProgress, "absenceRun">, threshold: number, followedUp: ReadonlySet<string>) {
  return progress.absenceRun.length >= threshold && !progress.absenceRun.some((sessionId) => followedUp.has(sessionId));
}

export interface CohortMember {
  status: EnrollmentStatus;
  membership: Membership;
  marks: Marks;
}

export interface SessionAttendance {
  sessionId: string;
  number: number;
  date: string;
  onRoster: number;
  attended: number;
  excused: number;
  absent: number;
  unmarked: number;
}

/** Those who stayed: the losses are members who withdrew or dropped out. */
const RETAINED: ReadonlySet<EnrollmentStatus> = new Set(["ENROLLED", "COMPLETED", "NOT_COMPLETED"]);

export interface CohortProgress {
  held: number;
  perSession: SessionAttendance[];
  /** the mean of the members' rates (members without a counted session aside); null before any */
  averageRate: number | null;
  everEnrolled: number;
  retained: number;
  /** retained ÷ ever enrolled; null with no enrollments */
  retention: number | null;
  /** members who stayed and meet the completion rule (at the end: those who completed) */
  completing: number;
  /** completing ÷ ever enrolled; null with no enrollments */
  completionRate: number | null;
}

/** A cohort's progress: attendance per held session, average rate, retention and completion. */
export function cohortProgress(
  sessions: readonly SessionFacts[],
  members: readonly CohortMember[],
  completionPercent: number,
): CohortProgress {
  const progress = members.map((m) => memberProgress(sessions, m.membership, m.marks));
  const perSession = sessions
    .filter((s) => s.status === "HELD")
    .map((session) => {
      const row: SessionAttendance = {
        sessionId: session.id,
        number: session.number,
        date: session.date,
        onRoster: 0,
        attended: 0,
        excused: 0,
        absent: 0,
        unmarked: 0,
      };
      for (const member of members) {
        if (!isOnRoster(member.membership, session.date)) continue;
        row.onRoster++;
        const status = member.marks.get(session.id);
        if (status === undefined) row.unmarked++;
        else if (countsAsAttended(status)) row.attended++;
        else if (status === "EXCUSED") row.excused++;
        else row.absent++;
      }
      return row;
    });
  const rates = progress.flatMap((p) => (p.rate === null ? [] : [p.rate]));
  const retained = members.filter((m) => RETAINED.has(m.status)).length;
  const completing = members.filter(
    (m, i) =>
      m.status === "COMPLETED" || (m.status === "ENROLLED" && meetsCompletion(progress[i] as MemberProgress, completionPercent)),
  ).length;
  const everEnrolled = members.length;
  return {
    held: perSession.length,
    perSession,
    averageRate: rates.length === 0 ? null : rates.reduce((sum, r) => sum + r, 0) / rates.length,
    everEnrolled,
    retained,
    retention: everEnrolled === 0 ? null : retained / everEnrolled,
    completing,
    completionRate: everEnrolled === 0 ? null : completing / everEnrolled,
  };
}
