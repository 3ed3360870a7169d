import { type Actor, moveApplication, recordApplication } from "@circle/core";
import type { Db } from "@circle/db";
import { memberFields } from "@circle/db/testing";
import type { ApplicationStatus } from "@circle/validators";
import { faker } from "@faker-js/faker";
import { answersFor, daysFromNow, SOURCES } from "./cohorts.ts";

interface QueuePlan {
  /** the cohort's key in cohorts.ts (its name follows its schedule) */
  cohort: string | null;
  program: string;
  status: ApplicationStatus;
  risky?: boolean;
  count: number;
}

const PLANS: QueuePlan[] = [
  { program: "Grief & Loss Support Circle", cohort: "grief-next", status: "SUBMITTED", count: 3 },
  { program: "Grief & Loss Support Circle", cohort: "grief-next", status: "SUBMITTED", risky: true, count: 1 },
  { program: "DBT Skills Group", cohort: "dbt-planned", status: "SUBMITTED", risky: true, count: 1 },
  { program: "DBT Skills Group", cohort: "dbt-planned", status: "SCREENING", count: 3 },
  { program: "Recovery Together", cohort: null, status: "SUBMITTED", count: 2 },
  { program: "Caring for the Carer", cohort: "carers-postponed", status: "SCREENING", count: 3 },
  { program: "Grief & Loss Support Circle", cohort: "grief-next", status: "INTERVIEW_SCHEDULED", count: 3 },
  { program: "Art for Wellbeing", cohort: "art-next", status: "WAITLISTED", count: 3 },
  { program: "Recovery Together", cohort: null, status: "DECLINED", count: 2 },
  { program: "DBT Skills Group", cohort: "dbt-planned", status: "REFERRED_ELSEWHERE", count: 2 },
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
  cohorts: { id: string; key: string }[],
  interviewerId: string,
  psychiatryId: string,
) {
  let total = 0;
  for (const plan of PLANS) {
    const program = programs.find((p) => p.name === plan.program);
    if (!program) continue;
    const cohortId = plan.cohort ? (cohorts.find((c) => c.key === plan.cohort)?.id ?? null) : null;
    for (let i = 0; i < plan.count; i++) {
      // submitted in the past days or weeks; each later step a day or so after the one before
      const steps = STEPS[plan.status] ?? [];
      const submitted = -faker.number.float({ min: steps.length + 0.5, max: plan.status === "SUBMITTED" ? 6 : 20 });
      const application = await recordApplication(
        db,
        admin,
        {
          applicant: { newMember: memberFields() },
          programId: program.id,
          cohortId,
          referralSource: faker.helpers.arrayElement(SOURCES),
          answers: await answersFor(db, program.id, Boolean(plan.risky)),
          intakeNotes: "",
          confirmNotDuplicate: true,
        },
        daysFromNow(submitted),
      );
      for (const [step, to] of steps.entries()) {
        await moveApplication(
          db,
          admin,
          {
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
          },
          daysFromNow(submitted + step + 1),
        );
      }
      total += 1;
    }
  }
  return total;
}
