import type { Db } from "@circle/db";
import { uniqueSuffix } from "@circle/db/testing";
import type { AttendanceStatus } from "@circle/validators";
import { addDays, todayIn } from "./programs.ts";

// Rosters for attendance tests. Enrollment has its own tested procedures; here members are
// enrolled straight in the database so a test can say when each joined or left.

export interface RosterMember {
  memberId: string;
  enrollmentId: string;
  name: string;
}

/** Enrolls a new member: joined `joinedDaysAgo` days ago (in the zone), and left `leftDaysAgo` days ago when given. */
export async function enrollFor(
  db: Db,
  cohortId: string,
  options: { firstName?: string; joinedDaysAgo?: number; leftDaysAgo?: number; timeZone?: string } = {},
): Promise<RosterMember> {
  const timeZone = options.timeZone ?? "America/Chicago";
  const firstName = options.firstName ?? "Member";
  const lastName = uniqueSuffix();
  const member = await db.member.create({ data: { firstName, lastName } });
  const joined = addDays(todayIn(timeZone), -(options.joinedDaysAgo ?? 30));
  const left = options.leftDaysAgo === undefined ? null : addDays(todayIn(timeZone), -options.leftDaysAgo);
  const enrollment = await db.enrollment.create({
    data: {
      cohortId,
      memberId: member.id,
      status: left ? "WITHDREW" : "ENROLLED",
      // noon UTC is the same calendar day in the Americas and Europe
      enrolledAt: new Date(`${joined}T12:00:00Z`),
      endedOn: left ? new Date(`${left}T00:00:00Z`) : null,
      endReason: left ? "Moved away" : null,
    },
  });
  return { memberId: member.id, enrollmentId: enrollment.id, name: `${firstName} ${lastName}` };
}

/** Marks for a whole roster: everyone the same status unless `except` says otherwise. */
export function marksFor(
  roster: RosterMember[],
  status: AttendanceStatus,
  except: Record<string, AttendanceStatus> = {},
): { memberId: string; status: AttendanceStatus; note: string | null }[] {
  return roster.map((m) => ({ memberId: m.memberId, status: except[m.memberId] ?? status, note: null }));
}
