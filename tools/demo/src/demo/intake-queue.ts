import { type Actor, moveApplication, recordApplication } from "@circle/core";
import type { Db } from "@circle/db";
import { memberFields } from "@circle/db/testing";
import type { ApplicationStatus } from "@circle/validators";
import { faker } from "@faker-js/faker";
import { answersFor, backdateApplication, SOURCES } from "./cohorts.ts";

interface QueuePlan {
  cohort: string | null;
  program: string;
  status: ApplicationStatus;
  risky?: boolean;
  count: number;
}

const PLANS: QueuePlan[] = [
  { program: "Grief & Loss Support Circle", cohort: "Grief Circle — Winter", status: "SUBMITTED", count: 3 },
  { program: "Grief & Loss Support Circle", cohort: "Grief Circle — Winter", status: "SUBMITTED", risky: true, count: 1 },
  { program: "DBT Skills Group", cohort: "DBT Skills — Spring", status: "SUBMITTED", risky: true, count: 1 },
  { program: "DBT Skills Group", cohort: "DBT Skills — Spring", status: "SCREENING", count: 3 },
  { program: "Recovery Together", cohort: null, status: "SUBMITTED", count: 2 },
  { program: "Caring for the Carer", cohort: "Caring for the Carer — Evening", status: "SCREENING", count: 3 },
  { program: "Grief & Loss Support Circle", cohort: "Grief Circle — Winter", status: "INTERVIEW_SCHEDULED", count: 3 },
  { program: "Art for Wellbeing", cohort: "Art for Wellbeing — January", status: "WAITLISTED", count: 3 },
  { program: "Recovery Together", cohort: null, status: "DECLINED", count: 2 },
  { program: "DBT Skills Group", cohort: "DBT Skills — Spring", status: "REFERRED_ELSEWHERE", count: 2 },
  { program: "Caring for the Carer", cohort: null, status: "WITHDRAWN", count: 2 },
];

const STEPS: Partial<Record<ApplicationStatus, ApplicationStatus[]>> = {
  SCREENING: ["SCREENING"],
  INTERVIEW_SCHEDULED: ["SCREENING", "INTERVIEW_SCHEDULED"],
  WAITLISTED: ["SCREENING", "WAITLISTED"],
  DECLINED: ["SCREENING", "DECLINED"],
  REFERRED_ELSEWHERE: ["SCREENING", "REFERRED_ELSEWHERE"],
  WITHDRAWN: ["WITHDRAWN"],
};

const REASONS: Record<ApplicationStatus, string> = {
  SUBMITTED: "",
  SCREENING: "Screening call booked",
  INTERVIEW_SCHEDULED: "Intake interview booked",
  ACCEPTED: "Good fit",
  WAITLISTED: "Cohort is full; first in line for a freed seat",
  DECLINED: "Active substance use; program requires 14 days abstinent",
  REFERRED_ELSEWHERE: "Needs individual psychiatric care first",
  WITHDRAWN: "Applicant found a group closer to home",
};

/** Applications at every step of intake, so the queue has real work in it. */
export async function seedDemoIntakeQueue(
  db: Db,
  admin: Actor,
  programs: { id: string; name: string }[],
  cohorts: { id: string; name: string }[],
  interviewerId: string,
  psychiatryId: string,
) {
  let total = 0;
  for (const plan of PLANS) {
    const program = programs.find((p) => p.name === plan.program);
    if (!program) continue;
    const cohortId = plan.cohort ? (cohorts.find((c) => c.name === plan.cohort)?.id ?? null) : null;
    for (let i = 0; i < plan.count; i++) {
      const application = await recordApplication(db, admin, {
        applicant: { newMember: memberFields() },
        programId: program.id,
        cohortId,
        referralSource: faker.helpers.arrayElement(SOURCES),
        answers: await answersFor(db, program.id, Boolean(plan.risky)),
        intakeNotes: "",
        confirmNotDuplicate: true,
      });
      for (const to of STEPS[plan.status] ?? []) {
        await moveApplication(db, admin, {
          applicationId: application.id,
          to,
          reason: REASONS[to],
          ...(to === "INTERVIEW_SCHEDULED" ? { interviewAt: faker.date.soon({ days: 10 }), interviewerId } : {}),
          ...(to === "REFERRED_ELSEWHERE"
            ? {
                referral: {
                  category: "PSYCHIATRY" as const,
                  urgency: "URGENT" as const,
                  resourceId: psychiatryId,
                  note: "Warm hand-off by phone",
                  sharesInformation: true,
                  informationSharing: true,
                  warmHandoff: true,
                },
              }
            : {}),
        });
      }
      await backdateApplication(db, application.id, faker.date.recent({ days: plan.status === "SUBMITTED" ? 6 : 20 }));
      total += 1;
    }
  }
  return total;
}
