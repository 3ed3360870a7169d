import type { Db } from "@circle/db";
import type { RecordFollowUpInput } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { localDateOf } from "../sessions/schedule.ts";
import { readSetting } from "../settings/settings.ts";
import { lockCohortRow } from "../transactions/lock-rows.ts";
import { type CohortFacts, followUpThreshold, loadCohortFacts } from "./cohort-facts.ts";
import { standingOf } from "./progress-queries.ts";

/** Who is on the follow-up list in these cohorts: enough absences in a row and no follow-up yet. */
export function followUpsOf(cohorts: CohortFacts[], setting: number) {
  return cohorts.flatMap((cohort) => {
    const threshold = followUpThreshold(cohort, setting);
    return cohort.members.flatMap((m) => {
      const standing = standingOf(cohort, m, threshold);
      if (!standing.needsFollowUp) return [];
      const lastAbsence = cohort.sessions.find((s) => s.id === standing.absenceRun.at(-1));
      return [
        {
          enrollmentId: m.enrollmentId,
          cohort: { id: cohort.id, name: cohort.name },
          member: m.member,
          consecutiveAbsences: standing.consecutiveAbsences,
          rate: standing.rate,
          atRisk: standing.atRisk,
          lastAbsence: lastAbsence ? { sessionId: lastAbsence.id, number: lastAbsence.number, date: lastAbsence.date } : null,
        },
      ];
    });
  });
}

/**
 * The follow-up list: for one cohort, or across the running cohorts the actor facilitates
 * (their home page).
 */
export async function listFollowUps(db: Db, actor: Actor, scope: { cohortId?: string }) {
  const cohortIds = scope.cohortId
    ? [scope.cohortId]
    : (
        await db.cohort.findMany({
          where: { status: "RUNNING", facilitators: { some: { userId: actor.userId } } },
          select: { id: true },
        })
      ).map((c) => c.id);
  const [cohorts, setting] = await Promise.all([loadCohortFacts(db, cohortIds), readSetting(db, "followUpAfterAbsences")]);
  return followUpsOf(cohorts, setting);
}

/**
 * Records what someone did about a member on the follow-up list. It answers the member's
 * current run of absences, so they leave the list until a new run. The enrollment's row is
 * locked while the run is read, so the answer is about the absences as they stand.
 */
export async function recordFollowUp(db: Db, actor: Actor, input: RecordFollowUpInput & { cohortId: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const locked = await lockCohortRow(tx, "Enrollment", input.enrollmentId);
    if (locked?.cohortId !== input.cohortId) throw AppError.notFound("Enrollment");
    const [cohort] = await loadCohortFacts(tx, [input.cohortId]);
    const member = cohort?.members.find((m) => m.enrollmentId === input.enrollmentId);
    if (!cohort || !member) throw AppError.notFound("Enrollment");
    if (input.contactedOn > localDateOf(now, cohort.timeZone))
      throw AppError.invalid("contactedOn", "The date cannot be in the future");
    const run = standingOf(cohort, member, 1).absenceRun;
    const latest = run.at(-1);
    if (!latest)
      throw AppError.invalid(
        "enrollmentId",
        `${member.member.preferredName || member.member.firstName} ${member.member.lastName} has no absence since they last attended: there is nothing to follow up`,
      );
    const note = await tx.followUpNote.create({
      data: {
        enrollmentId: input.enrollmentId,
        sessionId: latest,
        outcome: input.outcome,
        contactedOn: new Date(`${input.contactedOn}T00:00:00Z`),
        note: input.note,
        createdById: actor.userId,
      },
      select: { id: true, outcome: true, contactedOn: true, sessionId: true, createdAt: true },
    });
    await recordAudit(tx, actor, {
      action: "follow_up.record",
      entityType: "Enrollment",
      entityId: input.enrollmentId,
      details: { outcome: input.outcome },
    });
    return note;
  });
}
