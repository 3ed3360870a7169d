import { describe, expect, it } from "vitest";
import { placeErrors } from "./place-errors.ts";

const values = { name: "", email: "", credentials: [{ title: "" }], facilitators: { leadId: "" } };

describe("placing errors on a form", () => {
  it("puts each message on the field of the same path, nested and listed paths too", () => {
    const placed = placeErrors(
      { email: ["Enter an email address"], "credentials.0.title": ["Enter the title"], "facilitators.leadId": "Choose a lead" },
      values,
    );
    expect(placed.fields).toEqual({
      email: "Enter an email address",
      "credentials.0.title": "Enter the title",
      "facilitators.leadId": "Choose a lead",
    });
    expect(placed.unplaced).toEqual([]);
  });

  it("joins several messages for one field", () => {
    expect(placeErrors({ name: ["Too short", "Use letters"] }, values).fields).toEqual({ name: "Too short Use letters" });
  });

  it("returns the messages that find no field, for the failure alert", () => {
    const placed = placeErrors({ programId: ["This program is archived"], "credentials.3.title": ["Missing"] }, values);
    expect(placed.fields).toEqual({});
    expect(placed.unplaced).toEqual(["This program is archived", "Missing"]);
  });

  it("follows the form's own names where they differ from the input's", () => {
    const fieldFor = (path: string) => (path.startsWith("question.") ? path.slice("question.".length) : null);
    const placed = placeErrors(
      { "question.prompt": ["Enter the question"], "question.options.1": ["Name the option"], questionId: ["Gone"] },
      { prompt: "" },
      fieldFor,
    );
    expect(placed.fields).toEqual({ prompt: "Enter the question", "options.1": "Name the option" });
    expect(placed.unplaced).toEqual(["Gone"]);
  });

  it("adds a second path's message to a field that already has one", () => {
    const toName = () => "name";
    expect(placeErrors({ first: ["One."], second: ["Two."] }, values, toName).fields).toEqual({ name: "One. Two." });
  });
});
