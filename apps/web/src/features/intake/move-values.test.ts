import { moveApplicationInput } from "@circle/validators";
import { describe, expect, it } from "vitest";
import { blankMove, moveFieldFor, toMoveInput, validateMove } from "./move-values.ts";

const APPLICATION = "4d5e6f70-8192-4a3b-8c4d-5e6f708192a3";
const INTERVIEWER = "6f1d7a0e-2c4b-4f8e-8d3a-9b5c1e2f4a60";

describe("a move's form values", () => {
  it("show a booked interview on the coordinator's own clock, and send it back as the same instant", () => {
    const at = new Date("2026-03-03T01:30:00Z"); // 7:30 PM on Mar 2 in Chicago
    const values = { ...blankMove(at, INTERVIEWER), reason: "Screened" };
    expect(values).toMatchObject({ interviewDate: "2026-03-02", interviewTime: "19:30", interviewerId: INTERVIEWER });
    const input = toMoveInput(APPLICATION, "INTERVIEW_SCHEDULED", values);
    expect(input).toMatchObject({ interviewAt: at, interviewerId: INTERVIEWER });
    expect(moveApplicationInput.safeParse(input).success).toBe(true);
  });

  it("send a referral only when referring elsewhere", () => {
    const values = {
      ...blankMove(null, undefined),
      reason: "Needs more",
      category: "HOUSING" as const,
      urgency: "URGENT" as const,
    };
    expect(toMoveInput(APPLICATION, "DECLINED", values)).toEqual({
      applicationId: APPLICATION,
      to: "DECLINED",
      reason: "Needs more",
    });
    expect(toMoveInput(APPLICATION, "REFERRED_ELSEWHERE", values).referral).toMatchObject({
      category: "HOUSING",
      urgency: "URGENT",
      resourceId: null,
    });
  });

  it("ask for what the step needs", () => {
    expect(validateMove("INTERVIEW_SCHEDULED", blankMove(null, undefined))).toEqual({
      reason: "Give a reason",
      interviewDate: "Choose the interview's date",
      interviewTime: "Choose the time",
      interviewerId: "Choose who interviews",
    });
    expect(validateMove("REFERRED_ELSEWHERE", { ...blankMove(null, undefined), reason: "x" })).toEqual({
      category: "Choose what kind of help",
      urgency: "Choose how urgent it is",
    });
  });

  it("place the server's errors on the form's fields", () => {
    expect(moveFieldFor("interviewAt")).toBe("interviewDate");
    expect(moveFieldFor("referral.category")).toBe("category");
    expect(moveFieldFor("to")).toBeNull();
  });
});
