import { randomUUID } from "node:crypto";
import type { Db, Prisma } from "@circle/db";
import { FACTORY_PASSWORD_HASH, memberFields } from "@circle/db/testing";
import { faker } from "@faker-js/faker";

/** The size of a large agency after several years of use. */
export const VOLUME = {
  facilitators: 60,
  programs: 20,
  cohortsPerProgram: 15,
  membersPerCohort: 10,
  sessionsPerCohort: 10,
  queuedApplications: 2_000,
};

const WEEK = 7 * 86_400_000;

/** Bulk rows straight into the tables (createMany), so seeding takes seconds, not minutes. */
export async function seedVolume(db: Db) {
  faker.seed(7);
  const admin = await db.user.create({
    data: { email: "bench-admin@example.org", name: "Bench Admin", role: "ADMIN", passwordHash: FACTORY_PASSWORD_HASH },
  });
  const facilitators = Array.from({ length: VOLUME.facilitators }, (_, i) => ({
    id: randomUUID(),
    email: `bench-facilitator-${i}@example.org`,
    name: faker.person.fullName(),
    role: "FACILITATOR" as const,
    passwordHash: FACTORY_PASSWORD_HASH,
  }));
  await db.user.createMany({ data: facilitators });

  const programs = Array.from({ length: VOLUME.programs }, (_, i) => ({
    id: randomUUID(),
    name: `Program ${i + 1}: ${faker.company.catchPhrase()}`,
    groupType: faker.helpers.arrayElement([
      "SUPPORT",
      "THERAPY",
      "PSYCHOEDUCATION",
      "SKILLS_COACHING",
      "ACTIVITY_WORKSHOP",
    ] as const),
    leadership: "PROFESSIONALLY_LED" as const,
    delivery: "IN_PERSON" as const,
    sessionCount: VOLUME.sessionsPerCohort,
    sessionLengthMinutes: 90,
    defaultCapacity: 12,
    minimumEnrollment: 5,
  }));
  await db.program.createMany({ data: programs });

  const cohorts: Prisma.CohortCreateManyInput[] = [];
  const cohortFacilitators: Prisma.CohortFacilitatorCreateManyInput[] = [];
  const sessions: Prisma.SessionCreateManyInput[] = [];
  const members: (Prisma.MemberCreateManyInput & { id: string })[] = [];
  const enrollments: Prisma.EnrollmentCreateManyInput[] = [];
  const attendance: Prisma.AttendanceRecordCreateManyInput[] = [];
  const now = Date.now();
  for (const program of programs) {
    for (let c = 0; c < VOLUME.cohortsPerProgram; c++) {
      const start = now + (c - VOLUME.cohortsPerProgram + 3) * 8 * WEEK;
      const cohortId = randomUUID();
      const lead = facilitators[(cohorts.length * 7) % facilitators.length];
      cohorts.push({
        id: cohortId,
        programId: program.id,
        name: `${program.name.slice(0, 20)} — cohort ${c + 1}`,
        startDate: new Date(new Date(start).toISOString().slice(0, 10)),
        weekday: new Date(start).getUTCDay() || 7,
        startTime: "18:00",
        timeZone: "America/New_York",
        location: faker.location.streetAddress(),
        capacity: 12,
        minimumEnrollment: 5,
        status:
          start + 10 * WEEK < now ? ("COMPLETED" as const) : start < now ? ("RUNNING" as const) : ("OPEN_FOR_INTAKE" as const),
      });
      if (lead) cohortFacilitators.push({ cohortId, userId: lead.id, role: "LEAD" as const });
      const cohortSessions = Array.from({ length: VOLUME.sessionsPerCohort }, (_, n) => {
        const startsAt = new Date(start + n * WEEK);
        return {
          id: randomUUID(),
          cohortId,
          number: n + 1,
          startsAt,
          durationMinutes: 90,
          status: startsAt.getTime() < now ? ("HELD" as const) : ("SCHEDULED" as const),
        };
      });
      sessions.push(...cohortSessions);
      for (let m = 0; m < VOLUME.membersPerCohort; m++) {
        const memberId = randomUUID();
        members.push({ id: memberId, ...memberFields() });
        enrollments.push({ id: randomUUID(), cohortId, memberId, status: "ENROLLED" as const });
        for (const session of cohortSessions.filter((s) => s.status === "HELD")) {
          attendance.push({
            sessionId: session.id,
            memberId,
            status: faker.helpers.arrayElement(["PRESENT", "PRESENT", "PRESENT", "LATE", "ABSENT"] as const),
            recordedById: lead?.id,
          });
        }
      }
    }
  }
  await db.cohort.createMany({ data: cohorts });
  await db.cohortFacilitator.createMany({ data: cohortFacilitators });
  await db.session.createMany({ data: sessions });
  for (let i = 0; i < members.length; i += 2_000) await db.member.createMany({ data: members.slice(i, i + 2_000) });
  for (let i = 0; i < enrollments.length; i += 2_000) await db.enrollment.createMany({ data: enrollments.slice(i, i + 2_000) });
  for (let i = 0; i < attendance.length; i += 5_000)
    await db.attendanceRecord.createMany({ data: attendance.slice(i, i + 5_000) });

  const applications = Array.from({ length: VOLUME.queuedApplications }, () => {
    const member = faker.helpers.arrayElement(members);
    const cohort = faker.helpers.arrayElement(cohorts);
    return {
      memberId: member.id,
      programId: cohort.programId,
      cohortId: cohort.id as string,
      status: faker.helpers.arrayElement(["SUBMITTED", "SCREENING", "INTERVIEW_SCHEDULED", "ACCEPTED", "DECLINED"] as const),
      referralSource: "SELF" as const,
      riskFlagged: faker.datatype.boolean({ probability: 0.08 }),
      submittedAt: faker.date.recent({ days: 120 }),
      createdById: admin.id,
    };
  });
  await db.application.createMany({ data: applications });
  return {
    admin,
    facilitators,
    cohorts,
    members: members.length,
    sessions: sessions.length,
    attendance: attendance.length,
    applications: applications.length,
  };
}
