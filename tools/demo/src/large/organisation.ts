import { randomUUID } from "node:crypto";
import type { Db, Prisma, SqlRunner } from "@circle/db";
import { FACTORY_PASSWORD_HASH, memberFields } from "@circle/db/testing";
import { faker } from "@faker-js/faker";
import type { DateTime } from "luxon";

/** The size of a large organisation after three years, at scale 1. */
export const LARGE = {
  programs: 40,
  cohorts: 500,
  members: 10_000,
  facilitators: 60,
  staff: 12,
  /** applications that never became an enrollment (declined, waitlisted, still in intake…) */
  openApplications: 2_000,
  referrals: 3_000,
  resources: 80,
};

export const LARGE_SIGN_INS = {
  admin: "admin@large.circle.test",
  facilitator: "facilitator@large.circle.test",
  staff: "staff@large.circle.test",
};

/**
 * Accounts the benchmark's sign-in case takes turns with: ten clients signing in to one account
 * at once would meet its limit of attempts in flight (5), as an attacker's guesses do.
 */
export const SIGN_IN_POOL = Array.from({ length: 20 }, (_, i) => `sign-in-${i}@large.circle.test`);

const TIME_ZONE = "America/New_York";
const YEARS = 3;
// Group types in the proportions of a community mental-health agency, with the group sizes and
// lengths each usually has (support groups are large and long, therapy groups small).
const KINDS = [
  { groupType: "SUPPORT", weight: 4, capacity: [28, 34], sessions: [22, 26], leadership: "PEER_LED" },
  { groupType: "THERAPY", weight: 2, capacity: [10, 14], sessions: [18, 26], leadership: "PROFESSIONALLY_LED" },
  { groupType: "PSYCHOEDUCATION", weight: 2, capacity: [24, 32], sessions: [14, 20], leadership: "PROFESSIONALLY_LED" },
  { groupType: "SKILLS_COACHING", weight: 2, capacity: [16, 22], sessions: [18, 26], leadership: "PROFESSIONALLY_LED" },
  { groupType: "ACTIVITY_WORKSHOP", weight: 1, capacity: [16, 24], sessions: [12, 18], leadership: "PROFESSIONALLY_LED" },
] as const;
const TOPICS = [
  "Grief and loss",
  "Anxiety",
  "Depression",
  "Caregivers",
  "Recovery",
  "Parenting",
  "Trauma",
  "Anger",
  "Bereaved parents",
  "New parents",
  "Chronic pain",
  "Young adults",
  "Veterans",
  "Loneliness",
  "Mindfulness",
  "Art",
  "Walking",
  "Mood",
  "Eating",
  "Sleep",
];
// The directory's kinds in the proportions of a city's services, and the referral category each serves.
const RESOURCE_KINDS = [
  ["INDIVIDUAL_THERAPY", "INDIVIDUAL_THERAPY"],
  ["INDIVIDUAL_THERAPY", "INDIVIDUAL_THERAPY"],
  ["PSYCHIATRY", "PSYCHIATRY"],
  ["CRISIS_LINE", "CRISIS_SERVICES"],
  ["SUBSTANCE_USE_TREATMENT", "SUBSTANCE_USE_TREATMENT"],
  ["MEDICAL", "MEDICAL"],
  ["HOUSING", "HOUSING"],
  ["HOUSING", "HOUSING"],
  ["LEGAL", "LEGAL"],
  ["FINANCIAL", "FINANCIAL"],
  ["OTHER", "OTHER"],
] as const;

export interface LargeOptions {
  scale: number;
  seed: number;
  /** the day the organisation is seen from; cohorts run around it */
  today: DateTime;
}

export interface LargeSummary {
  counts: Record<string, number>;
  signIns: typeof LARGE_SIGN_INS;
}

const scaled = (n: number, scale: number, min = 1) => Math.max(min, Math.round(n * scale));
const uuid = () => faker.string.uuid();
const between = ([low, high]: readonly [number, number]) => faker.number.int({ min: low, max: high });
// createMany in slices: PostgreSQL takes at most 65,535 parameters per statement.
async function inSlices<T>(rows: T[], size: number, insert: (slice: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Fills an empty database with a large organisation: three years of cohorts around `today`,
 * attendance that decays over a cohort, members who drop out, postponed and cancelled cohorts,
 * an intake queue and referrals in every state. Rows go in with bulk inserts, not through the
 * domain commands (the demo does that, at a size where it is quick), and every value comes from
 * the seed, so a seed and a day always make the same organisation.
 */
export async function seedLargeOrganisation(
  { prisma: db, sql }: { prisma: Db; sql: SqlRunner },
  { scale, seed, today }: LargeOptions,
): Promise<LargeSummary> {
  faker.seed(seed);
  const now = today.toJSDate();
  const staffUsers: Prisma.UserCreateManyInput[] = [
    { id: uuid(), email: LARGE_SIGN_INS.admin, name: "Alex Admin", role: "ADMIN", passwordHash: FACTORY_PASSWORD_HASH },
    { id: uuid(), email: LARGE_SIGN_INS.staff, name: "Sam Staff", role: "STAFF", passwordHash: FACTORY_PASSWORD_HASH },
    // not from faker's seeded stream, so the rest of the organisation stays as it was
    ...SIGN_IN_POOL.map((email, i) => ({
      id: randomUUID(),
      email,
      name: `Sign-in ${i}`,
      role: "STAFF" as const,
      passwordHash: FACTORY_PASSWORD_HASH,
    })),
    ...Array.from({ length: scaled(LARGE.staff, scale) }, (_, i) => ({
      id: uuid(),
      email: `staff-${i}@large.circle.test`,
      name: faker.person.fullName(),
      role: "STAFF" as const,
      passwordHash: FACTORY_PASSWORD_HASH,
    })),
  ];
  const facilitators: (Prisma.UserCreateManyInput & { id: string })[] = Array.from(
    { length: scaled(LARGE.facilitators, scale, 3) },
    (_, i) => ({
      id: uuid(),
      email: i === 0 ? LARGE_SIGN_INS.facilitator : `facilitator-${i}@large.circle.test`,
      name: faker.person.fullName(),
      role: "FACILITATOR" as const,
      passwordHash: FACTORY_PASSWORD_HASH,
    }),
  );
  const admin = staffUsers[0] as { id: string };
  await db.user.createMany({ data: [...staffUsers, ...facilitators] });

  const documentId = uuid();
  const versionId = uuid();
  await db.consentDocument.create({ data: { id: documentId, title: "Group agreement and informed consent" } });
  await db.consentDocumentVersion.create({
    data: {
      id: versionId,
      documentId,
      version: 1,
      body: "# Group agreement\n\nConfidentiality, its limits, attendance, withdrawal.",
      publishedAt: today.minus({ years: YEARS + 1 }).toJSDate(),
    },
  });

  const kinds = KINDS.flatMap((k) => Array.from({ length: k.weight }, () => k));
  const programs = Array.from({ length: scaled(LARGE.programs, scale, 2) }, (_, i) => {
    const kind = faker.helpers.arrayElement(kinds);
    const topic = TOPICS[i % TOPICS.length];
    return {
      kind,
      row: {
        id: uuid(),
        name: `${topic} ${kind.groupType.toLowerCase().replace(/_/g, " ")} ${Math.floor(i / TOPICS.length) + 1}`,
        groupType: kind.groupType,
        leadership: kind.leadership,
        delivery: faker.helpers.weightedArrayElement([
          { value: "IN_PERSON" as const, weight: 6 },
          { value: "ONLINE" as const, weight: 3 },
          { value: "HYBRID" as const, weight: 1 },
        ]),
        sessionCount: between(kind.sessions),
        sessionLengthMinutes: faker.helpers.arrayElement([60, 90, 90, 120]),
        defaultCapacity: between(kind.capacity),
        minimumEnrollment: 6,
        joinUntilSession: 2,
        requiresLicensedLead: kind.groupType === "THERAPY",
        consentDocumentId: documentId,
      } satisfies Prisma.ProgramCreateManyInput,
    };
  });
  await db.program.createMany({ data: programs.map((p) => p.row) });

  // Cohorts start on weekdays spread evenly from three years ago to a few months ahead.
  const first = today.minus({ years: YEARS }).plus({ months: 3 });
  const span = today.plus({ months: 3 }).diff(first, "days").days;
  const cohortCount = scaled(LARGE.cohorts, scale, 4);
  const cohorts: Prisma.CohortCreateManyInput[] = [];
  const cohortFacilitators: Prisma.CohortFacilitatorCreateManyInput[] = [];
  const sessions: Prisma.SessionCreateManyInput[] = [];
  const enrollments: Prisma.EnrollmentCreateManyInput[] = [];
  const applications: Prisma.ApplicationCreateManyInput[] = [];
  const attendance: {
    id: string;
    sessionId: string;
    memberId: string;
    status: string;
    recordedById: string;
    recordedAt: Date;
  }[] = [];
  const consents = new Map<string, Prisma.ConsentRecordCreateManyInput>();
  const memberTarget = scaled(LARGE.members, scale, 20);
  const members: (ReturnType<typeof memberFields> & { id: string; createdAt: Date })[] = [];
  const enrolledIn: { memberId: string; cohortId: string; on: Date }[] = [];
  const enrolledPairs = new Set<string>();

  let upcomingForSignedIn = false;
  for (let c = 0; c < cohortCount; c++) {
    const program = programs[c % programs.length];
    if (!program) continue;
    const startTime = faker.helpers.arrayElement(["10:00", "13:30", "18:00", "18:30", "19:00"]);
    const [hour, minute] = startTime.split(":").map(Number);
    let start = first.plus({ days: Math.floor((span * c) / cohortCount) + faker.number.int(6) }).startOf("day");
    const weekday = start.weekday;
    const cohortId = uuid();
    const sessionCount = program.row.sessionCount;
    const ends = start.plus({ weeks: sessionCount });
    const upcoming = start > today;
    // Some cohorts never ran (too few sign-ups), some upcoming ones were pushed back.
    const status = upcoming
      ? faker.datatype.boolean({ probability: 0.08 })
        ? "POSTPONED"
        : start < today.plus({ weeks: 8 })
          ? "OPEN_FOR_INTAKE"
          : "PLANNED"
      : faker.datatype.boolean({ probability: 0.04 })
        ? "CANCELLED"
        : ends < today
          ? "COMPLETED"
          : "RUNNING";
    if (status === "POSTPONED") start = start.plus({ weeks: 4 });
    const capacity = program.row.defaultCapacity;
    cohorts.push({
      id: cohortId,
      programId: program.row.id,
      name: `${program.row.name} — ${start.toFormat("LLL yyyy")}`,
      startDate: new Date(`${start.toISODate()}T00:00:00Z`),
      weekday,
      startTime,
      timeZone: TIME_ZONE,
      location: program.row.delivery === "ONLINE" ? null : `${faker.location.streetAddress()}, room ${faker.number.int(20)}`,
      meetingUrl: program.row.delivery === "IN_PERSON" ? null : `https://meet.example.org/${cohortId.slice(0, 8)}`,
      capacity,
      minimumEnrollment: 6,
      joinUntilSession: 2,
      status,
      createdAt: start.minus({ weeks: 10 }).toJSDate(),
    });
    const lead = facilitators[(c * 7) % facilitators.length] as { id: string };
    cohortFacilitators.push({ cohortId, userId: lead.id, role: "LEAD" });
    const co = facilitators[(c * 7 + 3) % facilitators.length] as { id: string };
    if (co.id !== lead.id && faker.datatype.boolean({ probability: 0.4 }))
      cohortFacilitators.push({ cohortId, userId: co.id, role: "CO_FACILITATOR" });
    // The facilitator who signs in to the benchmark has a cohort starting soon, as a working
    // facilitator does: their home then reads intake and consent for it at every scale.
    const signedIn = facilitators[0];
    if (upcoming && status !== "CANCELLED" && signedIn && !upcomingForSignedIn) {
      upcomingForSignedIn = true;
      if (!cohortFacilitators.some((f) => f.cohortId === cohortId && f.userId === signedIn.id))
        cohortFacilitators.push({ cohortId, userId: signedIn.id, role: "CO_FACILITATOR" });
    }

    const cohortSessions = Array.from({ length: sessionCount }, (_, n) => {
      const startsAt = start.plus({ weeks: n }).setZone(TIME_ZONE, { keepLocalTime: true }).set({ hour, minute });
      const past = startsAt < today;
      const cancelled = status === "CANCELLED" || (past && faker.datatype.boolean({ probability: 0.03 }));
      return {
        id: uuid(),
        cohortId,
        number: n + 1,
        startsAt: startsAt.toJSDate(),
        durationMinutes: program.row.sessionLengthMinutes,
        status: cancelled ? ("CANCELLED" as const) : past ? ("HELD" as const) : ("SCHEDULED" as const),
        heldAt: past && !cancelled ? startsAt.plus({ minutes: program.row.sessionLengthMinutes }).toJSDate() : null,
        cancelReason: cancelled ? "Facilitator unwell" : null,
      };
    });
    sessions.push(...cohortSessions);
    if (status === "CANCELLED") continue;

    // Upcoming cohorts are still filling; the rest filled to 80–100 % of their seats.
    const fill = upcoming ? faker.number.float({ min: 0.2, max: 0.7 }) : faker.number.float({ min: 0.85, max: 1 });
    const held = cohortSessions.filter((s) => s.status === "HELD");
    for (let seat = 0; seat < Math.round(capacity * fill); seat++) {
      // About one member in eight comes back for another program.
      const returning = members.length > 50 && faker.datatype.boolean({ probability: 0.12 });
      const member = returning
        ? faker.helpers.arrayElement(members)
        : { id: uuid(), createdAt: start.minus({ weeks: 6 }).toJSDate(), ...memberFields() };
      if (!returning) members.push(member);
      if (enrolledPairs.has(`${cohortId}:${member.id}`)) continue;
      enrolledPairs.add(`${cohortId}:${member.id}`);
      const enrolledOn = start.minus({ days: faker.number.int({ min: 3, max: 30 }) });
      const applicationId = uuid();
      applications.push({
        id: applicationId,
        memberId: member.id,
        programId: program.row.id,
        cohortId,
        status: "ACCEPTED",
        referralSource: faker.helpers.arrayElement(SOURCES),
        riskFlagged: false,
        submittedAt: enrolledOn.minus({ weeks: 3 }).toJSDate(),
        decidedAt: enrolledOn.minus({ days: 2 }).toJSDate(),
        createdById: admin.id,
      });
      if (!consents.has(member.id))
        consents.set(member.id, {
          id: uuid(),
          memberId: member.id,
          versionId,
          action: "GIVEN",
          method: "SIGNED_ON_PAPER",
          recordedById: lead.id,
          occurredAt: enrolledOn.minus({ days: 1 }).toJSDate(),
        });
      enrolledIn.push({ memberId: member.id, cohortId, on: enrolledOn.toJSDate() });

      // Each member has their own commitment; everyone's attendance slips as weeks go by, and
      // about one in six stops coming and is dropped or withdraws.
      const commitment = faker.number.float({ min: 0.55, max: 0.97 });
      const leavesAfter = faker.datatype.boolean({ probability: 0.17 }) ? faker.number.int({ min: 1, max: sessionCount }) : null;
      const attended = held.filter((s) => leavesAfter === null || s.number <= leavesAfter);
      for (const session of attended) {
        const p = commitment * (1 - (0.3 * session.number) / sessionCount);
        const roll = faker.number.float();
        attendance.push({
          id: uuid(),
          sessionId: session.id,
          memberId: member.id,
          status:
            roll < p * 0.88
              ? "PRESENT"
              : roll < p * 0.96
                ? "LATE"
                : roll < p
                  ? "LEFT_EARLY"
                  : roll < p + (1 - p) * 0.4
                    ? "EXCUSED"
                    : "ABSENT",
          recordedById: lead.id,
          recordedAt: session.heldAt ?? now,
        });
      }
      const left = leavesAfter !== null && leavesAfter < (held.at(-1)?.number ?? 0);
      const leftOn = left ? held.find((s) => s.number === leavesAfter)?.startsAt : undefined;
      enrollments.push({
        id: uuid(),
        cohortId,
        memberId: member.id,
        applicationId,
        status: left ? (faker.datatype.boolean() ? "DROPPED" : "WITHDREW") : status === "COMPLETED" ? "COMPLETED" : "ENROLLED",
        enrolledAt: enrolledOn.toJSDate(),
        endedOn: leftOn ? new Date(leftOn.toISOString().slice(0, 10)) : status === "COMPLETED" ? ends.toJSDate() : null,
        endReason: left ? "Stopped attending" : null,
      });
    }
  }
  // Members who only applied (or are still waiting), up to the organisation's member count.
  while (members.length < memberTarget) {
    members.push({ id: uuid(), createdAt: faker.date.recent({ days: 365, refDate: now }), ...memberFields() });
  }
  const openCohorts = cohorts.filter((c) => c.status === "OPEN_FOR_INTAKE" || c.status === "PLANNED");
  for (let i = 0; i < scaled(LARGE.openApplications, scale, 10); i++) {
    const member = members[members.length - 1 - (i % members.length)] as { id: string };
    const cohort = faker.helpers.arrayElement(openCohorts.length ? openCohorts : cohorts);
    const status = faker.helpers.weightedArrayElement([
      { value: "SUBMITTED" as const, weight: 5 },
      { value: "SCREENING" as const, weight: 4 },
      { value: "INTERVIEW_SCHEDULED" as const, weight: 3 },
      { value: "WAITLISTED" as const, weight: 3 },
      { value: "DECLINED" as const, weight: 2 },
      { value: "REFERRED_ELSEWHERE" as const, weight: 2 },
      { value: "WITHDRAWN" as const, weight: 1 },
    ]);
    applications.push({
      id: uuid(),
      memberId: member.id,
      programId: cohort.programId,
      cohortId: cohort.id ?? null,
      status,
      referralSource: faker.helpers.arrayElement(SOURCES),
      riskFlagged: faker.datatype.boolean({ probability: 0.07 }),
      submittedAt: faker.date.recent({ days: 90, refDate: now }),
      interviewAt: status === "INTERVIEW_SCHEDULED" ? faker.date.soon({ days: 14, refDate: now }) : null,
      decidedAt: ["DECLINED", "REFERRED_ELSEWHERE", "WITHDRAWN"].includes(status)
        ? faker.date.recent({ days: 30, refDate: now })
        : null,
      createdById: admin.id,
    });
  }

  const resources = Array.from({ length: scaled(LARGE.resources, scale, 8) }, (_, i) => {
    const [kind, category] = RESOURCE_KINDS[i % RESOURCE_KINDS.length] ?? (["OTHER", "OTHER"] as const);
    return {
      row: {
        id: uuid(),
        name: `${faker.company.name()} ${i % 3 === 0 ? "Clinic" : i % 3 === 1 ? "Services" : "Centre"}`,
        kind,
        phone: faker.phone.number({ style: "national" }),
        address: faker.location.streetAddress(),
        acceptsDirectReferrals: i % 2 === 0,
        active: i % 17 !== 0,
      } satisfies Prisma.ResourceCreateManyInput,
      category,
    };
  });
  const referable = enrolledIn.filter((e) => e.on < now);
  const referrals = Array.from({ length: scaled(LARGE.referrals, scale, 10) }, () => {
    const enrolment = faker.helpers.arrayElement(referable);
    const resource = faker.helpers.arrayElement(resources);
    const createdAt = faker.date.between({
      from: enrolment.on,
      to: new Date(Math.min(now.getTime(), enrolment.on.getTime() + 120 * 86_400_000)),
    });
    const old = now.getTime() - createdAt.getTime() > 60 * 86_400_000;
    const status = old
      ? faker.helpers.weightedArrayElement([
          { value: "CLOSED" as const, weight: 6 },
          { value: "CONNECTED" as const, weight: 2 },
          { value: "DECLINED_BY_MEMBER" as const, weight: 1 },
          { value: "COULD_NOT_REACH" as const, weight: 1 },
        ])
      : faker.helpers.weightedArrayElement([
          { value: "SUGGESTED" as const, weight: 2 },
          { value: "MADE" as const, weight: 4 },
          { value: "CONNECTED" as const, weight: 2 },
          { value: "CLOSED" as const, weight: 1 },
        ]);
    return {
      id: uuid(),
      memberId: enrolment.memberId,
      cohortId: enrolment.cohortId,
      resourceId: resource.row.id,
      category: resource.category,
      urgency: faker.helpers.weightedArrayElement([
        { value: "ROUTINE" as const, weight: 16 },
        { value: "URGENT" as const, weight: 3 },
        { value: "EMERGENCY" as const, weight: 1 },
      ]),
      status,
      informationSharing: faker.datatype.boolean({ probability: 0.6 }),
      followUpOn: status === "MADE" || status === "SUGGESTED" ? new Date(createdAt.getTime() + 14 * 86_400_000) : null,
      ...(status === "CLOSED"
        ? faker.datatype.boolean({ probability: 0.75 })
          ? { outcome: "SUCCESSFUL" as const }
          : { outcome: "UNSUCCESSFUL" as const, closeReason: faker.helpers.arrayElement(CLOSE_REASONS) }
        : {}),
      closedAt: status === "CLOSED" ? new Date(createdAt.getTime() + 30 * 86_400_000) : null,
      createdById: admin.id,
      createdAt,
    } satisfies Prisma.ReferralCreateManyInput;
  });

  await inSlices(cohorts, 2_000, (data) => db.cohort.createMany({ data }));
  await inSlices(cohortFacilitators, 5_000, (data) => db.cohortFacilitator.createMany({ data }));
  await inSlices(sessions, 5_000, (data) => db.session.createMany({ data }));
  await inSlices(members, 4_000, (data) => db.member.createMany({ data }));
  await inSlices([...consents.values()], 5_000, (data) => db.consentRecord.createMany({ data }));
  await inSlices(applications, 5_000, (data) => db.application.createMany({ data }));
  await inSlices(enrollments, 5_000, (data) => db.enrollment.createMany({ data }));
  // The biggest table goes in as columns of arrays: one short statement per 20,000 rows.
  await inSlices(attendance, 20_000, (rows) =>
    sql.query(
      `INSERT INTO "AttendanceRecord" ("id", "sessionId", "memberId", "status", "recordedById", "recordedAt", "updatedAt")
       SELECT a.id, a.session, a.member, a.status::"AttendanceStatus", a.recorder, a.at, a.at
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::timestamp(3)[])
         AS a(id, session, member, status, recorder, at)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.sessionId),
        rows.map((r) => r.memberId),
        rows.map((r) => r.status),
        rows.map((r) => r.recordedById),
        rows.map((r) => r.recordedAt.toISOString()),
      ],
    ),
  );
  await db.resource.createMany({ data: resources.map((r) => r.row) });
  await inSlices(referrals, 4_000, (data) => db.referral.createMany({ data }));
  // Fresh statistics and visibility map, as a database that has lived with these rows would have:
  // without them the planner guesses from empty tables and index-only scans visit the heap.
  await sql.query("VACUUM ANALYZE");

  return {
    counts: {
      programs: programs.length,
      cohorts: cohorts.length,
      sessions: sessions.length,
      members: members.length,
      applications: applications.length,
      enrollments: enrollments.length,
      attendance: attendance.length,
      referrals: referrals.length,
    },
    signIns: LARGE_SIGN_INS,
  };
}

const CLOSE_REASONS = ["MEMBER_REFUSED", "NO_CAPACITY", "NO_LONGER_NEEDED", "COULD_NOT_REACH_MEMBER"] as const;
const SOURCES = [
  "SELF",
  "SELF",
  "CLINICIAN",
  "PRIMARY_CARE",
  "COMMUNITY_ORGANISATION",
  "FAMILY_OR_FRIEND",
  "WEBSITE_OR_MEDIA",
] as const;
