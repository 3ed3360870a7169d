import type { APIRequestContext } from "@playwright/test";
import { trpc } from "../../fixtures.ts";
import { arrangeClosedCohort, arrangeConsentingApplicant } from "./closed-cohort.ts";

/** A cohort whose first session was at 00:30 today (UTC) and whose second was moved to 23:00 today, three members enrolled. */
export async function arrangeTodaysCohort(
  api: APIRequestContext,
  marker: string,
  leadId: string,
  options: { groupType?: "SUPPORT" | "THERAPY" } = {},
) {
  const setup = await arrangeClosedCohort(api, marker, leadId, options);
  const today = new Date().toISOString().slice(0, 10);
  const cohort = await trpc<{ id: string }>(api, "cohorts.create", {
    programId: setup.programId,
    name: `Grief circle ${marker} — Today`,
    startDate: today,
    weekday: new Date().getUTCDay() || 7,
    startTime: "00:30",
    timeZone: "UTC",
    location: "Community room 2",
    capacity: 3,
    minimumEnrollment: 1,
    facilitators: { leadId, coFacilitatorIds: [] },
  });
  const members = [];
  for (const name of ["Ada", "Bo", "Cy"]) {
    const applicant = await arrangeConsentingApplicant(api, setup, name);
    await trpc(api, "enrollment.enroll", { cohortId: cohort.id, memberId: applicant.memberId });
    members.push(applicant);
  }
  const sessions = await trpc<{ id: string; number: number }[]>(api, "sessions.forCohort", { cohortId: cohort.id }, "query");
  const second = sessions.find((s) => s.number === 2);
  if (!second) throw new Error("no second session");
  await trpc(api, "sessions.reschedule", { sessionId: second.id, date: today, time: "23:00", reason: "Extra session today" });
  return { cohortId: cohort.id, cohortName: `Grief circle ${marker} — Today`, programName: setup.programName, members, sessions };
}
