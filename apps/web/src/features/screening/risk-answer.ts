import type { ScreeningQuestionKind } from "@circle/validators";

/** An answer as a form holds it: yes/no and choices as text, several choices as a list, a scale as a number. */
export type AnswerDraft = string | string[] | number | null;

export interface RiskRule {
  kind: ScreeningQuestionKind;
  riskAnswers: string[];
  riskAtOrAbove: number | null;
}

/** Whether a draft answer is one the program marked as a risk indicator (the server decides again). */
export function isRiskDraft(question: RiskRule, answer: AnswerDraft): boolean {
  switch (question.kind) {
    case "YES_NO":
    case "SINGLE_CHOICE":
      return typeof answer === "string" && question.riskAnswers.includes(answer);
    case "MULTIPLE_CHOICE":
      return Array.isArray(answer) && answer.some((choice) => question.riskAnswers.includes(choice));
    case "SCALE":
      return typeof answer === "number" && question.riskAtOrAbove !== null && answer >= question.riskAtOrAbove;
    case "TEXT":
      return false;
  }
}

/** Which answers raise a flag, in words, for the editor and the form. */
export function riskRuleSummary(question: RiskRule): string | null {
  if (question.kind === "SCALE" && question.riskAtOrAbove !== null) return `${question.riskAtOrAbove} or higher`;
  if (question.kind === "YES_NO" && question.riskAnswers.length > 0)
    return question.riskAnswers.map((answer) => (answer === "yes" ? "Yes" : "No")).join(" or ");
  if (question.riskAnswers.length > 0) return question.riskAnswers.map((answer) => `“${answer}”`).join(" or ");
  return null;
}
