import type { Db } from "@circle/db";
import type {
  AddScreeningQuestionInput,
  ArchiveScreeningQuestionInput,
  ReorderScreeningQuestionsInput,
  ScreeningQuestionFields,
  UpdateScreeningQuestionInput,
} from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { assertCompleteOrder } from "../ordering.ts";
import { lockRow } from "../transactions/lock-rows.ts";

function questionData(q: ScreeningQuestionFields) {
  const choice = q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE";
  return {
    prompt: q.prompt,
    kind: q.kind,
    options: choice ? q.options : [],
    scaleMin: q.kind === "SCALE" ? (q.scaleMin ?? null) : null,
    scaleMax: q.kind === "SCALE" ? (q.scaleMax ?? null) : null,
    riskAnswers: q.kind === "SCALE" || q.kind === "TEXT" ? [] : q.riskAnswers,
    riskAtOrAbove: q.kind === "SCALE" ? (q.riskAtOrAbove ?? null) : null,
    riskLabel: q.riskLabel || null,
    required: q.required,
  };
}

/** A program's current screening questions, in order (archived ones keep old answers readable). */
export async function listScreeningQuestions(db: Db, programId: string) {
  return db.screeningQuestion.findMany({ where: { programId, archivedAt: null }, orderBy: { position: "asc" } });
}

export async function addScreeningQuestion(db: Db, actor: Actor, { programId, question: fields }: AddScreeningQuestionInput) {
  return db.$transaction(async (tx) => {
    // Locked while the last position is read: two questions added at once get the next two places.
    if (!(await lockRow(tx, "Program", programId))) throw AppError.notFound("Program");
    const last = await tx.screeningQuestion.aggregate({ where: { programId }, _max: { position: true } });
    const question = await tx.screeningQuestion.create({
      data: { programId, position: (last._max.position ?? 0) + 1, ...questionData(fields) },
    });
    await recordAudit(tx, actor, {
      action: "screening_question.add",
      entityType: "Program",
      entityId: programId,
      details: { questionId: question.id },
    });
    return question;
  });
}

/** Editing a question that already has answers would change what people said: archive and re-add instead. */
export async function updateScreeningQuestion(
  db: Db,
  actor: Actor,
  { questionId, question: fields }: UpdateScreeningQuestionInput,
) {
  return db.$transaction(async (tx) => {
    const existing = await tx.screeningQuestion.findUnique({
      where: { id: questionId },
      select: { programId: true, _count: { select: { answers: true } } },
    });
    if (!existing) throw AppError.notFound("Question");
    if (existing._count.answers > 0) {
      throw AppError.conflict(
        "This question already has answers; archive it and add a new one so earlier answers keep their meaning",
      );
    }
    const question = await tx.screeningQuestion.update({ where: { id: questionId }, data: questionData(fields) });
    await recordAudit(tx, actor, {
      action: "screening_question.update",
      entityType: "Program",
      entityId: existing.programId,
      details: { questionId },
    });
    return question;
  });
}

export async function archiveScreeningQuestion(db: Db, actor: Actor, { questionId }: ArchiveScreeningQuestionInput) {
  return db.$transaction(async (tx) => {
    const existing = await tx.screeningQuestion.findUnique({ where: { id: questionId }, select: { programId: true } });
    if (!existing) throw AppError.notFound("Question");
    await tx.screeningQuestion.update({ where: { id: questionId }, data: { archivedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: "screening_question.archive",
      entityType: "Program",
      entityId: existing.programId,
      details: { questionId },
    });
    return { id: questionId };
  });
}

export async function reorderScreeningQuestions(
  db: Db,
  actor: Actor,
  { programId, questionIds }: ReorderScreeningQuestionsInput,
) {
  return db.$transaction(async (tx) => {
    await lockRow(tx, "Program", programId);
    const current = await tx.screeningQuestion.findMany({ where: { programId, archivedAt: null }, select: { id: true } });
    assertCompleteOrder(questionIds, current, "questionIds", "List every current question of this program exactly once");
    for (const [index, id] of questionIds.entries())
      await tx.screeningQuestion.update({ where: { id }, data: { position: index + 1 } });
    await recordAudit(tx, actor, { action: "screening_question.reorder", entityType: "Program", entityId: programId });
    return tx.screeningQuestion.findMany({ where: { programId, archivedAt: null }, orderBy: { position: "asc" } });
  });
}
