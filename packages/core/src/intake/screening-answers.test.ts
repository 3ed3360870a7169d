import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { type AnswerValue, assertAnswerFits, evaluateAnswers, isRiskAnswer, type QuestionRule } from "./screening-answers.ts";

function question(overrides: Partial<QuestionRule> & Pick<QuestionRule, "id" | "kind">): QuestionRule {
  return {
    prompt: `Question ${overrides.id}`,
    options: [],
    scaleMin: null,
    scaleMax: null,
    riskAnswers: [],
    riskAtOrAbove: null,
    required: true,
    ...overrides,
  };
}

const text = question({ id: "text", kind: "TEXT", prompt: "What brings you to the group?" });
const selfHarm = question({
  id: "self-harm",
  kind: "YES_NO",
  prompt: "Are you currently having thoughts of harming yourself?",
  riskAnswers: ["yes"],
});
const support = question({
  id: "support",
  kind: "YES_NO",
  prompt: "Do you have someone to call in a crisis?",
  riskAnswers: ["no"],
});
const substance = question({
  id: "substance",
  kind: "SINGLE_CHOICE",
  prompt: "How often do you drink?",
  options: ["never", "weekly", "daily"],
  riskAnswers: ["daily"],
});
const recent = question({
  id: "recent",
  kind: "MULTIPLE_CHOICE",
  prompt: "In the last month, have you…",
  options: ["moved house", "been in hospital", "had a crisis call"],
  riskAnswers: ["been in hospital", "had a crisis call"],
});
const distress = question({
  id: "distress",
  kind: "SCALE",
  prompt: "How distressed do you feel today?",
  scaleMin: 0,
  scaleMax: 10,
  riskAtOrAbove: 8,
});

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("the shape of an answer per kind of question", () => {
  const fits: [QuestionRule, AnswerValue][] = [
    [text, "A friend told me about it"],
    [text, ""],
    [selfHarm, true],
    [selfHarm, false],
    [substance, "weekly"],
    [recent, ["moved house", "had a crisis call"]],
    [recent, []],
    [distress, 0],
    [distress, 10],
  ];
  it.each(fits)("accepts a fitting answer to %o: %o", (q, value) => {
    expect(() => assertAnswerFits(q, value, "answers.0.value")).not.toThrow();
  });

  const misfits: [QuestionRule, AnswerValue, string][] = [
    [text, true, "answer in words"],
    [text, ["a"], "answer in words"],
    [selfHarm, "yes", "answer yes or no"],
    [selfHarm, 1, "answer yes or no"],
    [substance, "sometimes", "choose one of the options"],
    [substance, ["weekly"], "choose one of the options"],
    [recent, "moved house", "choose from the options"],
    [recent, ["moved house", "got a dog"], "choose from the options"],
    [distress, 11, "choose a number from 0 to 10"],
    [distress, -1, "choose a number from 0 to 10"],
    [distress, 4.5, "choose a number from 0 to 10"],
    [distress, "7", "choose a number from 0 to 10"],
  ];
  it.each(misfits)("refuses a misfit answer to %o: %o, naming the question and the field", (q, value, message) => {
    expect(refusal(() => assertAnswerFits(q, value, "answers.3.value"))).toMatchObject({
      code: "BAD_REQUEST",
      field: "answers.3.value",
      message: `"${q.prompt}": ${message}`,
    });
  });

  it("uses the question's own scale bounds", () => {
    const mood = question({ id: "mood", kind: "SCALE", scaleMin: 1, scaleMax: 5 });
    expect(() => assertAnswerFits(mood, 5, "v")).not.toThrow();
    expect(refusal(() => assertAnswerFits(mood, 0, "v")).message).toContain("choose a number from 1 to 5");
    expect(refusal(() => assertAnswerFits(mood, 6, "v")).message).toContain("choose a number from 1 to 5");
  });
});

describe("risk indicators per kind of question", () => {
  it("flags a yes/no answer the program marked as a risk, whichever way round", () => {
    expect(isRiskAnswer(selfHarm, true)).toBe(true);
    expect(isRiskAnswer(selfHarm, false)).toBe(false);
    expect(isRiskAnswer(support, false)).toBe(true);
    expect(isRiskAnswer(support, true)).toBe(false);
  });

  it("flags a single choice only when the chosen option is a risk answer", () => {
    expect(isRiskAnswer(substance, "daily")).toBe(true);
    expect(isRiskAnswer(substance, "weekly")).toBe(false);
  });

  it("flags a multiple choice when any chosen option is a risk answer", () => {
    expect(isRiskAnswer(recent, ["moved house", "been in hospital"])).toBe(true);
    expect(isRiskAnswer(recent, ["had a crisis call"])).toBe(true);
    expect(isRiskAnswer(recent, ["moved house"])).toBe(false);
    expect(isRiskAnswer(recent, [])).toBe(false);
  });

  it("flags a scale answer at or above the threshold, not below it", () => {
    expect(isRiskAnswer(distress, 7)).toBe(false);
    expect(isRiskAnswer(distress, 8)).toBe(true);
    expect(isRiskAnswer(distress, 10)).toBe(true);
  });

  it("never flags a scale without a threshold, nor a text answer", () => {
    expect(isRiskAnswer({ ...distress, riskAtOrAbove: null }, 10)).toBe(false);
    expect(isRiskAnswer({ ...text, riskAnswers: ["help"] }, "help")).toBe(false);
  });
});

describe("evaluating an application's answers", () => {
  const optionalText = { ...text, id: "optional", required: false, prompt: "Anything else?" };
  const questions = [text, selfHarm, substance, recent, distress, optionalText];
  const complete = [
    { questionId: "text", value: "My mother died in spring" },
    { questionId: "self-harm", value: false },
    { questionId: "substance", value: "never" },
    { questionId: "recent", value: ["moved house"] },
    { questionId: "distress", value: 5 },
  ];

  it("returns each answer with its risk flag; optional questions may be left out", () => {
    expect(evaluateAnswers(questions, complete)).toEqual(complete.map((a) => ({ ...a, isRiskIndicator: false })));
  });

  it("marks exactly the risk-indicating answers", () => {
    const answers = complete.map((a) =>
      a.questionId === "self-harm" ? { ...a, value: true } : a.questionId === "distress" ? { ...a, value: 9 } : a,
    );
    expect(
      evaluateAnswers(questions, answers)
        .filter((a) => a.isRiskIndicator)
        .map((a) => a.questionId),
    ).toEqual(["self-harm", "distress"]);
  });

  it("refuses when a required question is unanswered, naming it", () => {
    const answers = complete.filter((a) => a.questionId !== "substance");
    expect(refusal(() => evaluateAnswers(questions, answers))).toMatchObject({
      code: "BAD_REQUEST",
      field: "answers",
      message: 'Answer "How often do you drink?"',
    });
  });

  it("refuses an answer to a question that is not the program's, naming answers.N.questionId", () => {
    const answers = [...complete.slice(0, 2), { questionId: "elsewhere", value: "x" }, ...complete.slice(2)];
    expect(refusal(() => evaluateAnswers(questions, answers))).toMatchObject({
      code: "BAD_REQUEST",
      field: "answers.2.questionId",
      message: "That question is not part of this program's screening",
    });
  });

  it("refuses a question answered twice, naming the second answer", () => {
    const answers = [...complete, { questionId: "self-harm", value: true }];
    expect(refusal(() => evaluateAnswers(questions, answers))).toMatchObject({
      code: "BAD_REQUEST",
      field: "answers.5.questionId",
      message: `"${selfHarm.prompt}" is answered twice`,
    });
  });

  it("refuses a misfit answer, naming answers.N.value", () => {
    const answers = complete.map((a) => (a.questionId === "recent" ? { ...a, value: "moved house" } : a));
    expect(refusal(() => evaluateAnswers(questions, answers))).toMatchObject({ field: "answers.3.value" });
  });
});
