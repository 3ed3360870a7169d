import type { ScreeningQuestionKind } from "@circle/validators";

export const QUESTION_KIND_LABELS: Record<ScreeningQuestionKind, string> = {
  TEXT: "Answer in words",
  YES_NO: "Yes or no",
  SINGLE_CHOICE: "One choice",
  MULTIPLE_CHOICE: "Several choices",
  SCALE: "Scale",
};
