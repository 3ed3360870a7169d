import type { Db } from "@circle/db";
import type { AuthorizedCohort } from "../access/cohort-access.ts";
import type { Actor } from "../actor.ts";
import { followUpThreshold, loadCohortFacts } from "../attendance/cohort-facts.ts";
import { standingOf } from "../attendance/progress-queries.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { listAwaitingConsent } from "../consent/awaiting-consent.ts";
import { consentStatesFor } from "../consent/consent-records.ts";
import { isEnrollmentLocked } from "../enrollment/enrollment-rules.ts";
import { readSetting } from "../settings/settings.ts";

/**
 * The roster: who is enrolled, seats, lock state and the waitlist, for one cohort, with each
 * member's attendance standing (rate, current absence run, at risk) from the same constant set
 * of queries as the progress grid. Staff see who and how many, never why someone left (end
 * reasons are free text about a person). Every read of the list of names is on record.
 */
export async function getCohortRoster(db: Db, actor: Actor, cohort: AuthorizedCohort) {
  const cohortId = cohort.id;
  const [rows, heldForOffers, [facts], followUpSetting] = await Promise.all([
    db.enrollment.findMany({
      where: { cohortId },
      orderBy: [{ status: "asc" }, { enrolledAt: "asc" }],
      select: {
        id: true,
        status: true,
        enrolledAt: true,
        endedOn: true,
        endReason: true,
        member: { select: { id: true, firstName: true, lastName: true, preferredName: true, pronouns: true } },
      },
    }),
    db.waitlistEntry.count({ where: { cohortId, status: "OFFERED", offerExpiresAt: { gte: new Date() } } }),
    loadCohortFacts(db, [cohortId]),
    readSetting(db, "followUpAfterAbsences"),
  ]);
  // the program's document and the sessions held come with the statistics' facts
  const consentDocumentId = facts?.consentDocumentId ?? null;
  const heldSessions = facts?.sessions.filter((s) => s.status === "HELD").length ?? 0;
  const enrolled = rows.filter((e) => e.status === "ENROLLED").length;
  const standings = new Map(
    facts ? facts.members.map((m) => [m.enrollmentId, standingOf(facts, m, followUpThreshold(facts, followUpSetting))]) : [],
  );
  const consent = consentDocumentId
    ? await consentStatesFor(
        db,
        rows.map((e) => e.member.id),
        consentDocumentId,
      )
    : new Map<string, { current: boolean }>();
  const enrollments = rows.map((e) => ({
    ...e,
    endReason: actor.role === "STAFF" ? null : e.endReason,
    consentCurrent: consent.get(e.member.id)?.current ?? false,
    progress: progressOf(standings.get(e.id)),
  }));
  // Before session 1, who still needs to consent (accepted applicants too); staff read no applicants.
  // Once a session is held, nobody is awaited (listAwaitingConsent would find no cohort): not asked.
  const [awaiting] = actor.role === "STAFF" || heldSessions > 0 ? [] : await listAwaitingConsent(db, { id: cohortId });
  await recordAudit(db, actor, { action: "roster.read", entityType: "Cohort", entityId: cohortId });
  return {
    cohortId: cohort.id,
    name: cohort.name,
    status: cohort.status,
    capacity: cohort.capacity,
    minimumEnrollment: cohort.minimumEnrollment,
    enrolled,
    heldForOffers,
    seatsLeft: Math.max(cohort.capacity - enrolled - heldForOffers, 0),
    heldSessions,
    joinUntilSession: cohort.joinUntilSession,
    locked: isEnrollmentLocked({ heldSessions, joinUntilSession: cohort.joinUntilSession }),
    enrollments,
    awaitingConsent: awaiting ? { versionId: awaiting.versionId, people: awaiting.people } : null,
  };
}

/** What the roster shows of a member's standing: the figures, not the sessions behind them. */
function progressOf(standing: ReturnType<typeof standingOf> | undefined) {
  if (!standing) return null;
  const { held, attended, excused, rate, consecutiveAbsences, atRisk, needsFollowUp } = standing;
  return {
    held,
    attended,
    excused,
    rate,
    consecutiveAbsences,
    modulesMissed: standing.modulesMissed.length,
    atRisk,
    needsFollowUp,
  };
}
