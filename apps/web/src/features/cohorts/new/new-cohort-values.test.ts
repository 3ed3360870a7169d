import { createCohortInput } from "@circle/validators";
import { describe, expect, it } from "vitest";
import { isoWeekday, todayIsoDay } from "../../../lib/calendar-days.ts";
import { blankCohort, toCreateCohortInput, validateNewCohort } from "./new-cohort-values.ts";

const PROGRAM = "0b7c3c57-5d2e-4b1e-9a44-3f0a3c9e8d11";
const LEAD = "6f1d7a0e-2c4b-4f8e-8d3a-9b5c1e2f4a60";

const filled = () => ({
  ...blankCohort(PROGRAM),
  name: "Tuesday evenings",
  startDate: "2026-03-03",
  weekday: "2",
  location: "Room 2",
  meetingUrl: "https://meet.example.org/circle",
  capacity: 12,
  minimumEnrollment: 5,
  facilitators: { leadId: LEAD, coFacilitatorIds: [] },
});

describe("a new cohort's form values", () => {
  it("start on today's weekday in the person's zone, at 18:00 there", () => {
    const blank = blankCohort(undefined);
    expect(blank.weekday).toBe(String(isoWeekday(todayIsoDay())));
    expect(blank.timeZone).toBe("America/Chicago");
    expect(blank.startTime).toBe("18:00");
  });

  it("send the place fields the program's delivery uses", () => {
    expect(toCreateCohortInput(filled(), "IN_PERSON")).toMatchObject({ location: "Room 2", meetingUrl: undefined });
    expect(toCreateCohortInput(filled(), "ONLINE")).toMatchObject({
      location: undefined,
      meetingUrl: "https://meet.example.org/circle",
    });
    expect(toCreateCohortInput(filled(), "HYBRID")).toMatchObject({
      location: "Room 2",
      meetingUrl: "https://meet.example.org/circle",
    });
  });

  it("leave blank seat numbers to the program's defaults", () => {
    const input = toCreateCohortInput({ ...filled(), capacity: "", minimumEnrollment: "" }, "IN_PERSON");
    expect(input.capacity).toBeUndefined();
    expect(input.minimumEnrollment).toBeUndefined();
  });

  it("make an input the server accepts", () => {
    expect(createCohortInput.safeParse(toCreateCohortInput(filled(), "IN_PERSON")).success).toBe(true);
  });

  it("word the choices not yet made plainly", () => {
    expect(validateNewCohort(blankCohort(undefined), "HYBRID")).toEqual({
      programId: "Choose the program this cohort runs",
      startDate: "Choose the first possible date",
      "facilitators.leadId": "Choose who leads the cohort",
      location: "Enter where the group meets",
      meetingUrl: "Enter the meeting link",
    });
    expect(validateNewCohort(filled(), "ONLINE")).toEqual({});
  });
});
