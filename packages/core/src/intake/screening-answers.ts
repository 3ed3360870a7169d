import type { ScreeningQuestionKind } from "@circle/validators";
import { AppError } from "../errors/app-error.ts";

export interface QuestionRule {
  id: string;
  prompt: string;
  kind: ScreeningQuestionKind;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
  riskAnswers: string[];
  riskAtOrAbove: number | null;
  required: boolean;
}

export type AnswerValue = string | boolean | number | string[];

/** Refuses an answer of the wrong shape for its question, naming the question. */
export function assertAnswerFits(question: QuestionRule, value: AnswerValue, field: string): void {
  const fail = (message: string) => {
    throw AppError.invalid(field, `"${question.prompt}": ${message}`);
  };
  switch (question.kind) {
    case "TEXT":
      if (typeof value !== "string") fail("answer in words");
      break;
    case "YES_NO":
      if (typeof value !== "boolean") fail("answer yes or no");
      break;
    case "SINGLE_CHOICE":
      if (typeof value !== "string" || !question.options.includes(value)) fail("choose one of the options");
      break;
    case "MULTIPLE_CHOICE":
      if (!Array.isArray(value) || !value.every((v) => question.options.includes(v))) fail("choose from the options");
      break;
    case "SCALE":
      if (
        typeof value !== "number" ||
        !Number.isInteger(value) ||
        value < (question.scaleMin ?? 0) ||
        value > (question.scaleMax ?? 10)
      ) {
        fail(`choose a number from ${question.scaleMin} to ${question.scaleMax}`);
      }
      break;
  }
}

/** Whether an answer is one the program marked as a risk indicator. */
export function isRiskAnswer(question: QuestionRule, value: AnswerValue): boolean {
  switch (question.kind) {
    case "YES_NO":
      return question.riskAnswers.includes(value === true ? "yes" : "no");
    case "SINGLE_CHOICE":
      return typeof value === "string" && question.riskAnswers.includes(value);
    case "MULTIPLE_CHOICE":
      return Array.isArray(value) && value.some((v) => question.riskAnswers.includes(v));
    case "SCALE":
      return typeof value === "number" && question.riskAtOrAbove !== null && value >= question.riskAtOrAbove;
    case "TEXT":
      return false;
  }
}

/** Checks every answer and every required question; returns the answers with their risk flag. */
export function evaluateAnswers(questions: QuestionRule[], answers: { questionId: string; value: AnswerValue }[]) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const given = new Set<string>();
  const evaluated = answers.map((answer, index) => {
    const question = byId.get(answer.questionId);
    if (!question) throw AppError.invalid(`answers.${index}.questionId`, "That question is not part of this program's screening");
    if (given.has(question.id)) throw AppError.invalid(`answers.${index}.questionId`, `"${question.prompt}" is answered twice`);
    given.add(question.id);
    assertAnswerFits(question, answer.value, `answers.${index}.value`);
    return { questionId: question.id, value: answer.value, isRiskIndicator: isRiskAnswer(question, answer.value) };
  });
  const missing = questions.find((q) => q.required && !given.has(q.id));
  if (missing) throw AppError.invalid("answers", `Answer "${missing.prompt}"`);
  return evaluated;
}
