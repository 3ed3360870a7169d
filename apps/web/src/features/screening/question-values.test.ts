import { screeningQuestionFields } from "@circle/validators";
import { describe, expect, it } from "vitest";
import { questionFieldFor, questionValues, toQuestionFields } from "./question-values.ts";

describe("a screening question's form values", () => {
  it("send only the parts a yes/no question uses", () => {
    const fields = toQuestionFields({
      ...questionValues(),
      prompt: "Are you safe at home?",
      riskAnswers: ["no", "maybe"],
      riskLabel: "Unsafe at home",
      scaleMin: 0,
    });
    expect(fields).toMatchObject({ kind: "YES_NO", options: [], scaleMin: null, scaleMax: null, riskAtOrAbove: null });
    // "maybe" is not an answer to a yes/no question: it cannot flag a risk.
    expect(fields.riskAnswers).toEqual(["no"]);
    expect(screeningQuestionFields.safeParse(fields).success).toBe(true);
  });

  it("trim a choice's options and drop risk answers that no longer exist", () => {
    const fields = toQuestionFields({
      ...questionValues(),
      prompt: "How did you hear of us?",
      kind: "SINGLE_CHOICE",
      options: [" Doctor ", "Friend"],
      riskAnswers: ["Doctor", "Renamed option"],
    });
    expect(fields.options).toEqual(["Doctor", "Friend"]);
    expect(fields.riskAnswers).toEqual(["Doctor"]);
  });

  it("send a scale's range and threshold, and no risk answers", () => {
    const fields = toQuestionFields({
      ...questionValues(),
      prompt: "How low is your mood?",
      kind: "SCALE",
      scaleMin: 0,
      scaleMax: 10,
      riskAtOrAbove: 8,
      riskAnswers: ["yes"],
      riskLabel: "  Low mood  ",
    });
    expect(fields).toMatchObject({ scaleMin: 0, scaleMax: 10, riskAtOrAbove: 8, riskAnswers: [], riskLabel: "Low mood" });
  });

  it("place the server's question.* errors on the form's own fields", () => {
    expect(questionFieldFor("question.prompt")).toBe("prompt");
    expect(questionFieldFor("question.options.1")).toBe("options.1");
    expect(questionFieldFor("programId")).toBeNull();
  });
});
