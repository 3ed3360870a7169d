import type { Db, Prisma } from "@circle/db";
import type { RecordApplicationInput } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { createMemberRecord } from "../members/member-commands.ts";
import { findPossibleDuplicates, identityKeysOf } from "../members/member-queries.ts";
import { idempotent } from "../transactions/idempotent.ts";
import { lockKeys, lockRow } from "../transactions/lock-rows.ts";
import { evaluateAnswers } from "./screening-answers.ts";

type Tx = Prisma.TransactionClient;

/** The statuses of an application still in progress: a person has at most one per program. */
const IN_PROGRESS = ["SUBMITTED", "SCREENING", "INTERVIEW_SCHEDULED", "WAITLISTED"] as const;

/**
 * Records an application for a new or existing person, with the program's screening answers.
 * Any risk-indicating answer flags it (and puts it at the top of the queue). A new person who
 * looks like an existing member is refused unless the coordinator confirms they are different.
 * Both checks run inside the transaction under a lock — on the new person's identity, or on
 * the existing member's row — so the same person recorded twice at once is recorded once; a
 * partial unique index holds one application in progress per person and program regardless.
 */
export async function recordApplication(
  db: Db,
  actor: Actor,
  input: RecordApplicationInput & { confirmNotDuplicate?: boolean },
  now = new Date(),
) {
  // Under one idempotency key a form sent twice records once and is answered with that application.
  return db.$transaction((tx) =>
    idempotent(tx, actor, "intake.record", input, () => recordApplicationWithin(tx, actor, input, now)),
  );
}

async function recordApplicationWithin(
  tx: Tx,
  actor: Actor,
  input: RecordApplicationInput & { confirmNotDuplicate?: boolean },
  now: Date,
) {
  if ("newMember" in input.applicant) {
    const m = input.applicant.newMember;
    const identity = { firstName: m.firstName, lastName: m.lastName, email: m.email ?? undefined, phone: m.phone ?? undefined };
    await lockKeys(tx, identityKeysOf(identity));
    if (!input.confirmNotDuplicate) {
      const duplicates = await findPossibleDuplicates(tx, identity);
      if (duplicates.length > 0) {
        const names = duplicates.map((d) => `${d.firstName} ${d.lastName}`).join(", ");
        throw AppError.conflict(
          `This may be someone already on record (${names}); choose the existing member or confirm this is a different person`,
          "applicant",
        );
      }
    }
  }
  const program = await tx.program.findUnique({ where: { id: input.programId }, select: { id: true, archivedAt: true } });
  if (!program) throw AppError.invalid("programId", "That program does not exist");
  if (program.archivedAt) throw AppError.invalid("programId", "This program is archived and takes no applications");
  if (input.cohortId) {
    const cohort = await tx.cohort.findUnique({ where: { id: input.cohortId }, select: { programId: true, status: true } });
    if (cohort?.programId !== program.id) throw AppError.invalid("cohortId", "That cohort is not part of this program");
    if (cohort.status === "COMPLETED" || cohort.status === "CANCELLED")
      throw AppError.invalid("cohortId", "That cohort is no longer running");
  }
  const questions = await tx.screeningQuestion.findMany({ where: { programId: program.id, archivedAt: null } });
  const answers = evaluateAnswers(questions, input.answers);
  const riskFlagged = answers.some((a) => a.isRiskIndicator);

  let memberId: string;
  if ("memberId" in input.applicant) {
    // Applications of one member queue here, so the check below sees the one recorded just before.
    if (!(await lockRow(tx, "Member", input.applicant.memberId)))
      throw AppError.invalid("applicant.memberId", "That member does not exist");
    memberId = input.applicant.memberId;
  } else {
    memberId = (await createMemberRecord(tx, actor, input.applicant.newMember, now)).id;
  }
  const open = await tx.application.findFirst({
    where: { memberId, programId: program.id, status: { in: [...IN_PROGRESS] } },
    select: { id: true },
  });
  if (open) throw AppError.conflict("This person already has an open application to this program", "applicant");

  const application = await tx.application.create({
    data: {
      memberId,
      programId: program.id,
      cohortId: input.cohortId ?? null,
      referralSource: input.referralSource,
      referralSourceDetail: input.referralSourceDetail ?? null,
      intakeNotes: input.intakeNotes,
      riskFlagged,
      createdById: actor.userId,
      submittedAt: now,
      createdAt: now,
      answers: {
        create: answers.map((a) => ({ questionId: a.questionId, value: a.value, isRiskIndicator: a.isRiskIndicator })),
      },
      statusChanges: {
        create: { toStatus: "SUBMITTED", reason: "Application recorded", changedById: actor.userId, changedAt: now },
      },
    },
  });
  await recordAudit(tx, actor, {
    action: "application.record",
    entityType: "Application",
    entityId: application.id,
    details: { riskFlagged },
    at: now,
  });
  return application;
}
