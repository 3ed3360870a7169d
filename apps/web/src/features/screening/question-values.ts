import type { ScreeningQuestionFields, ScreeningQuestionKind } from "@circle/validators";
import type { ScreeningQuestion } from "./types.ts";

export interface QuestionValues {
  prompt: string;
  kind: ScreeningQuestionKind;
  options: string[];
  scaleMin: number | "";
  scaleMax: number | "";
  riskAnswers: string[];
  riskAtOrAbove: number | "";
  riskLabel: string;
  required: boolean;
}

export function questionValues(question?: ScreeningQuestion): QuestionValues {
  if (!question) {
    return {
      prompt: "",
      kind: "YES_NO",
      options: ["", ""],
      scaleMin: 0,
      scaleMax: 10,
      riskAnswers: [],
      riskAtOrAbove: "",
      riskLabel: "",
      required: true,
    };
  }
  return {
    prompt: question.prompt,
    kind: question.kind,
    options: question.options.length > 0 ? question.options : ["", ""],
    scaleMin: question.scaleMin ?? 0,
    scaleMax: question.scaleMax ?? 10,
    riskAnswers: question.riskAnswers,
    riskAtOrAbove: question.riskAtOrAbove ?? "",
    riskLabel: question.riskLabel ?? "",
    required: question.required,
  };
}

const isChoice = (kind: ScreeningQuestionKind) => kind === "SINGLE_CHOICE" || kind === "MULTIPLE_CHOICE";

/** What the server receives: only the parts this kind of question uses. */
export function toQuestionFields(values: QuestionValues): ScreeningQuestionFields {
  const options = isChoice(values.kind) ? values.options.map((option) => option.trim()) : [];
  const possible = values.kind === "YES_NO" ? ["yes", "no"] : options;
  const scale = values.kind === "SCALE";
  return {
    prompt: values.prompt,
    kind: values.kind,
    options,
    scaleMin: scale && values.scaleMin !== "" ? values.scaleMin : null,
    scaleMax: scale && values.scaleMax !== "" ? values.scaleMax : null,
    // A renamed or removed option can no longer be a risk answer.
    riskAnswers: scale || values.kind === "TEXT" ? [] : values.riskAnswers.filter((answer) => possible.includes(answer)),
    riskAtOrAbove: scale && values.riskAtOrAbove !== "" ? values.riskAtOrAbove : null,
    riskLabel: values.riskLabel.trim() || null,
    required: values.required,
  };
}

/** The server checks `question.*`; the form holds the same fields at its top level. */
export function questionFieldFor(path: string): string | null {
  return path.startsWith("question.") ? path.slice("question.".length) : null;
}
