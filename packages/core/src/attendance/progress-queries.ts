import type { Db } from "@circle/db";
import { visibleCohortsWhere } from "../access/cohort-access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { assertMayReadMembers, visibleMembersWhere } from "../members/member-access.ts";
import { readSetting } from "../settings/settings.ts";
import { correctionSelect } from "./attendance-sheet.ts";
import { type CohortFacts, followUpThreshold, loadCohortFacts, type MemberFacts } from "./cohort-facts.ts";
import { cohortProgress, isAtRisk, memberProgress, needsFollowUp } from "./progress.ts";

/** One member's standing in one cohort: the statistics and what they call for. */
export function standingOf(cohort: CohortFacts, member: MemberFacts, threshold: number) {
  const progress = memberProgress(cohort.sessions, member.membership, member.marks);
  const active = member.status === "ENROLLED" && cohort.status === "RUNNING";
  return {
    ...progress,
    consecutiveAbsences: progress.absenceRun.length,
    atRisk: active && isAtRisk(progress, cohort.completionPercent),
    needsFollowUp: active && needsFollowUp(progress, threshold, member.followedUp),
  };
}

/**
 * A cohort's progress: the members × sessions grid (every status, with each member's
 * statistics), attendance per held session, the average rate, retention and completion by the
 * program's rule. Computed live from the records in a constant number of queries.
 */
export async function getCohortProgress(db: Db, cohortId: string) {
  const [[cohort], setting] = await Promise.all([loadCohortFacts(db, [cohortId]), readSetting(db, "followUpAfterAbsences")]);
  if (!cohort) throw AppError.notFound("Cohort");
  const threshold = followUpThreshold(cohort, setting);
  return {
    cohortId: cohort.id,
    completionPercent: cohort.completionPercent,
    followUpAfterAbsences: threshold,
    sessions: cohort.sessions,
    summary: cohortProgress(cohort.sessions, cohort.members, cohort.completionPercent),
    members: cohort.members.map((m) => ({
      enrollmentId: m.enrollmentId,
      status: m.status,
      member: m.member,
      membership: m.membership,
      // one mark (or null) per session, in the order of `sessions`: the grid's row, without every
      // session's id again for each member (two thirds of the answer)
      marks: cohort.sessions.map((s) => m.marks.get(s.id) ?? null),
      standing: standingOf(cohort, m, threshold),
    })),
  };
}

/**
 * A member's attendance in each cohort the actor may see: the statistics, every mark and the
 * corrections since.
 */
export async function getMemberAttendance(db: Db, actor: Actor, memberId: string) {
  assertMayReadMembers(actor);
  const member = await db.member.findFirst({
    where: { AND: [{ id: memberId }, visibleMembersWhere(actor)] },
    select: { id: true },
  });
  if (!member) throw AppError.notFound("Member");
  const enrollments = await db.enrollment.findMany({
    where: { memberId, cohort: visibleCohortsWhere(actor) },
    select: { cohortId: true },
  });
  const cohortIds = enrollments.map((e) => e.cohortId);
  const [cohorts, setting, records] = await Promise.all([
    loadCohortFacts(db, cohortIds),
    readSetting(db, "followUpAfterAbsences"),
    db.attendanceRecord.findMany({
      where: { memberId, session: { cohortId: { in: cohortIds } } },
      select: {
        sessionId: true,
        status: true,
        note: true,
        recordedAt: true,
        recordedBy: { select: { name: true } },
        corrections: correctionSelect,
      },
    }),
  ]);
  // Staff never reach a member's page (assertMayReadMembers); a read of their notes is on record.
  if (records.some((r) => r.note || r.corrections.length > 0))
    await recordAudit(db, actor, { action: "attendance.read_notes", entityType: "Member", entityId: memberId });
  const recordOf = new Map(records.map((r) => [r.sessionId, r]));
  return cohorts.map((cohort) => {
    const facts = cohort.members.find((m) => m.member.id === memberId) as MemberFacts;
    return {
      cohort: { id: cohort.id, name: cohort.name, status: cohort.status, completionPercent: cohort.completionPercent },
      enrollmentId: facts.enrollmentId,
      status: facts.status,
      membership: facts.membership,
      standing: standingOf(cohort, facts, followUpThreshold(cohort, setting)),
      sessions: cohort.sessions.map((session) => ({ ...session, record: recordOf.get(session.id) ?? null })),
    };
  });
}
