import type { Prisma } from "@circle/db";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { localDateOf } from "../sessions/schedule.ts";
import { loadCohortFacts } from "./cohort-facts.ts";
import { meetsCompletion, memberProgress } from "./progress.ts";

const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 100) / whole));

/**
 * Completing a cohort settles each enrollment still open by the program's completion rule:
 * COMPLETED or NOT_COMPLETED, with the attendance that decided it in the history. Runs in the
 * transaction that completes the cohort.
 */
export async function settleCompletionWithin(tx: Prisma.TransactionClient, actor: Actor, cohortId: string, now: Date) {
  const [cohort] = await loadCohortFacts(tx, [cohortId]);
  if (!cohort) return { completed: 0, notCompleted: 0 };
  const endedOn = new Date(`${localDateOf(now, cohort.timeZone)}T00:00:00Z`);
  const outcomes = cohort.members
    .filter((m) => m.status === "ENROLLED")
    .map((m) => {
      const progress = memberProgress(cohort.sessions, m.membership, m.marks);
      const counted = progress.attended + progress.absent;
      const completed = meetsCompletion(progress, cohort.completionPercent);
      return {
        enrollmentId: m.enrollmentId,
        to: completed ? ("COMPLETED" as const) : ("NOT_COMPLETED" as const),
        reason: `Attended ${progress.attended} of ${counted} sessions (${percentOf(progress.attended, counted)}%); completion asks ${cohort.completionPercent}%`,
      };
    });
  for (const to of ["COMPLETED", "NOT_COMPLETED"] as const) {
    const ids = outcomes.filter((o) => o.to === to).map((o) => o.enrollmentId);
    if (ids.length > 0)
      await tx.enrollment.updateMany({
        where: { id: { in: ids }, status: "ENROLLED" },
        data: { status: to, endedOn, endReason: "The cohort was completed" },
      });
  }
  if (outcomes.length > 0) {
    await tx.enrollmentStatusChange.createMany({
      data: outcomes.map((o) => ({
        enrollmentId: o.enrollmentId,
        fromStatus: "ENROLLED" as const,
        toStatus: o.to,
        effectiveOn: endedOn,
        reason: o.reason,
        changedById: actor.userId,
        changedAt: now,
      })),
    });
  }
  const settled = {
    completed: outcomes.filter((o) => o.to === "COMPLETED").length,
    notCompleted: outcomes.filter((o) => o.to === "NOT_COMPLETED").length,
  };
  await recordAudit(tx, actor, {
    action: "enrollment.settle_completion",
    entityType: "Cohort",
    entityId: cohortId,
    details: settled,
    at: now,
  });
  return settled;
}
