import type { Db } from "@circle/db";
import { memberFields, uniqueSuffix } from "@circle/db/testing";
import type { ApplicationStatus, AttendanceStatus, ReferralCategory, ReferralSource, ReferralUrgency } from "@circle/validators";

// A small organisation built row by row for the report tests, so every figure has a known answer
// (worked out in reports.test.ts). The first quarter of 2026 is the period under test.

export const QUARTER = { from: "2026-01-01", to: "2026-03-31" } as const;

const at = (iso: string) => new Date(iso);

export interface ReportOrganisation {
  support: { id: string };
  therapy: { id: string };
  cohortA: { id: string };
  cohortB: { id: string };
  cohortC: { id: string };
  facilitatorOfAB: { id: string };
  facilitatorOfC: { id: string };
  cancelledSessionId: string;
}

export async function buildReportOrganisation(
  db: Db,
  facilitators: { ofAB: { id: string }; ofC: { id: string } },
): Promise<ReportOrganisation> {
  const suffix = uniqueSuffix();
  const program = (name: string, groupType: "SUPPORT" | "THERAPY", delivery: "IN_PERSON" | "ONLINE", minutes: number) =>
    db.program.create({
      data: {
        name: `${name} ${suffix}`,
        groupType,
        leadership: groupType === "THERAPY" ? "PROFESSIONALLY_LED" : "PEER_LED",
        delivery,
        sessionCount: 8,
        sessionLengthMinutes: minutes,
        defaultCapacity: 12,
        minimumEnrollment: 2,
      },
    });
  const support = await program("Grief support", "SUPPORT", "IN_PERSON", 90);
  const therapy = await program("DBT skills", "THERAPY", "ONLINE", 60);

  const cohort = (programId: string, name: string, startDate: string, timeZone: string, leadId: string) =>
    db.cohort.create({
      data: {
        programId,
        name: `${name} ${suffix}`,
        startDate: at(`${startDate}T00:00:00Z`),
        weekday: 1,
        startTime: "18:00",
        timeZone,
        capacity: 12,
        minimumEnrollment: 2,
        status: "RUNNING",
        facilitators: { create: { userId: leadId, role: "LEAD" } },
      },
    });
  const cohortA = await cohort(support.id, "Cohort A", "2026-01-05", "UTC", facilitators.ofAB.id);
  // straddles the quarter's start, and meets in Los Angeles: its 2026-01-01 03:00 UTC session is on the 31st there
  const cohortB = await cohort(support.id, "Cohort B", "2025-12-18", "America/Los_Angeles", facilitators.ofAB.id);
  const cohortC = await cohort(therapy.id, "Cohort C", "2026-02-02", "UTC", facilitators.ofC.id);

  const members = new Map<string, string>();
  for (const [key, language] of [
    ["m1", "English"],
    ["m2", "Spanish"],
    ["m3", "English"],
    ["m4", "English"],
    ["m5", null],
    ["m6", "English"],
    ["m7", "Spanish"],
    ["m8", "English"],
    ["m9", "English"],
  ] as const) {
    const member = await db.member.create({ data: memberFields({ language }) });
    members.set(key, member.id);
  }
  const member = (key: string) => members.get(key) as string;

  let number = 0;
  const session = async (cohortId: string, startsAt: string, status: "HELD" | "CANCELLED" | "SCHEDULED", minutes: number) => {
    number += 1;
    const row = await db.session.create({
      data: {
        cohortId,
        number,
        startsAt: at(startsAt),
        durationMinutes: minutes,
        status,
        heldAt: status === "HELD" ? at(startsAt) : null,
      },
    });
    return row.id;
  };
  const marks = (sessionId: string, byMember: Record<string, AttendanceStatus>) =>
    db.attendanceRecord.createMany({
      data: Object.entries(byMember).map(([key, status]) => ({ sessionId, memberId: member(key), status })),
    });

  // Cohort A, 90 minutes: four sessions in the quarter (one cancelled), one after it.
  const a1 = await session(cohortA.id, "2026-01-05T18:00:00Z", "HELD", 90);
  const a2 = await session(cohortA.id, "2026-01-12T18:00:00Z", "HELD", 90);
  const a3 = await session(cohortA.id, "2026-01-19T18:00:00Z", "CANCELLED", 90);
  const a4 = await session(cohortA.id, "2026-01-26T18:00:00Z", "HELD", 90);
  await session(cohortA.id, "2026-04-06T18:00:00Z", "SCHEDULED", 90);
  await marks(a1, { m1: "PRESENT", m2: "LATE", m3: "ABSENT" });
  await marks(a2, { m1: "EXCUSED", m2: "LEFT_EARLY", m3: "ABSENT", m4: "PRESENT" }); // m4 joined late
  await marks(a3, { m1: "PRESENT" }); // taken before the cancellation: does not count
  await marks(a4, { m1: "PRESENT", m2: "PRESENT", m4: "PRESENT" });

  // Cohort B, 90 minutes: three sessions before the quarter (in Los Angeles), two in it.
  number = 0;
  const b1 = await session(cohortB.id, "2025-12-18T18:00:00Z", "HELD", 90);
  const b2 = await session(cohortB.id, "2026-01-01T03:00:00Z", "HELD", 90);
  const b3 = await session(cohortB.id, "2026-01-08T18:00:00Z", "HELD", 90);
  const b4 = await session(cohortB.id, "2026-01-15T18:00:00Z", "HELD", 90);
  await marks(b1, { m1: "PRESENT", m5: "PRESENT" });
  await marks(b2, { m5: "PRESENT" });
  await marks(b3, { m1: "PRESENT", m5: "ABSENT" });
  await marks(b4, { m1: "PRESENT", m5: "PRESENT" });

  // Cohort C, 60 minutes.
  number = 0;
  const c1 = await session(cohortC.id, "2026-02-02T18:00:00Z", "HELD", 60);
  const c2 = await session(cohortC.id, "2026-02-09T18:00:00Z", "HELD", 60);
  await marks(c1, { m6: "PRESENT", m7: "PRESENT" });
  await marks(c2, { m6: "ABSENT", m7: "EXCUSED" });

  // Intake for the funnel (submitted, status history, decided).
  const application = async (
    programId: string,
    cohortId: string | null,
    memberKey: string,
    source: ReferralSource,
    submittedAt: string,
    path: ApplicationStatus[],
    decidedAt: string | null,
    riskFlagged = false,
  ) => {
    const row = await db.application.create({
      data: {
        programId,
        cohortId,
        memberId: member(memberKey),
        referralSource: source,
        riskFlagged,
        status: path.at(-1) ?? "SUBMITTED",
        submittedAt: at(submittedAt),
        decidedAt: decidedAt ? at(decidedAt) : null,
        intakeNotes: "Private intake note",
        statusChanges: {
          create: ["SUBMITTED" as const, ...path].map((toStatus, i) => ({
            toStatus,
            changedAt: at(submittedAt),
            reason: `step ${i}`,
          })),
        },
      },
    });
    return row.id;
  };
  const app1 = await application(
    support.id,
    cohortA.id,
    "m4",
    "CLINICIAN",
    "2026-01-02T10:00:00Z",
    ["SCREENING", "INTERVIEW_SCHEDULED", "ACCEPTED"],
    "2026-01-12T10:00:00Z",
    true,
  );
  await application(
    support.id,
    cohortA.id,
    "m9",
    "SELF",
    "2026-01-03T10:00:00Z",
    ["SCREENING", "DECLINED"],
    "2026-01-07T10:00:00Z",
  );
  await application(support.id, null, "m8", "SELF", "2026-02-01T10:00:00Z", [], null);
  const app4 = await application(
    therapy.id,
    cohortC.id,
    "m6",
    "PRIMARY_CARE",
    "2026-01-10T10:00:00Z",
    ["ACCEPTED"],
    "2026-01-12T10:00:00Z",
  );
  await application(therapy.id, cohortC.id, "m7", "SELF", "2025-12-01T10:00:00Z", ["ACCEPTED"], "2025-12-02T10:00:00Z");
  await application(
    support.id,
    cohortA.id,
    "m3",
    "FAMILY_OR_FRIEND",
    "2026-03-31T00:00:00Z",
    ["SCREENING", "WAITLISTED"],
    "2026-04-02T00:00:00Z",
  );

  // Enrollments: what happened to each in the quarter.
  const enroll = (
    cohortId: string,
    memberKey: string,
    enrolledAt: string,
    end?: { status: "COMPLETED" | "NOT_COMPLETED" | "WITHDREW" | "DROPPED"; on: string; reason: string },
    applicationId?: string,
  ) =>
    db.enrollment.create({
      data: {
        cohortId,
        memberId: member(memberKey),
        applicationId: applicationId ?? null,
        enrolledAt: at(enrolledAt),
        status: end?.status ?? "ENROLLED",
        endedOn: end ? at(`${end.on}T00:00:00Z`) : null,
        endReason: end?.reason ?? null,
      },
    });
  await enroll(cohortA.id, "m1", "2025-12-20T12:00:00Z", {
    status: "COMPLETED",
    on: "2026-01-26",
    reason: "Completed the program",
  });
  // m2 stayed to the end below the program's rule: an ended enrollment that is not a completion.
  await enroll(cohortA.id, "m2", "2025-12-20T12:00:00Z", {
    status: "NOT_COMPLETED",
    on: "2026-01-26",
    reason: "Attended below the completion rule",
  });
  await enroll(cohortA.id, "m3", "2025-12-20T12:00:00Z", { status: "WITHDREW", on: "2026-01-20", reason: "Moved away" });
  await enroll(
    cohortA.id,
    "m4",
    "2026-01-08T12:00:00Z",
    { status: "DROPPED", on: "2026-03-01", reason: "No contact after three missed sessions" },
    app1,
  );
  await enroll(cohortB.id, "m1", "2025-12-01T12:00:00Z");
  await enroll(cohortB.id, "m5", "2025-12-01T12:00:00Z");
  await enroll(cohortC.id, "m6", "2026-01-20T12:00:00Z", undefined, app4);
  await enroll(cohortC.id, "m7", "2026-01-25T12:00:00Z");
  await enroll(cohortC.id, "m8", "2025-11-01T12:00:00Z", { status: "WITHDREW", on: "2025-12-15", reason: "Started a new job" });
  await enroll(cohortC.id, "m9", "2026-04-10T12:00:00Z");

  // Waitlists today: cohort A has two waiting and one offered; the support program one waiting.
  let position = 0;
  const wait = (cohortId: string | null, memberKey: string, status: "WAITING" | "OFFERED" | "REMOVED") =>
    db.waitlistEntry.create({
      data: {
        programId: support.id,
        cohortId,
        memberId: member(memberKey),
        position: ++position,
        status,
        note: "Private waitlist note",
      },
    });
  await wait(cohortA.id, "m5", "WAITING");
  await wait(cohortA.id, "m6", "WAITING");
  await wait(cohortA.id, "m7", "OFFERED");
  await wait(cohortA.id, "m8", "REMOVED");
  await wait(null, "m9", "WAITING");

  // Referrals: two closed (one successful), one open and overdue, one from intake outside any cohort.
  const refer = (
    memberKey: string,
    cohortId: string | null,
    category: ReferralCategory,
    urgency: ReferralUrgency,
    createdAt: string,
    close?: { at: string; outcome: "SUCCESSFUL" | "UNSUCCESSFUL"; reason?: "MEMBER_REFUSED" },
    followUpOn?: string,
  ) =>
    db.referral.create({
      data: {
        memberId: member(memberKey),
        cohortId,
        category,
        urgency,
        status: close ? "CLOSED" : "MADE",
        reason: "Private referral reason",
        note: "Private referral note",
        createdAt: at(createdAt),
        closedAt: close ? at(close.at) : null,
        outcome: close?.outcome ?? null,
        closeReason: close?.reason ?? null,
        followUpOn: followUpOn ? at(`${followUpOn}T00:00:00Z`) : null,
      },
    });
  await refer("m1", cohortA.id, "INDIVIDUAL_THERAPY", "ROUTINE", "2026-01-10T09:00:00Z", {
    at: "2026-01-20T09:00:00Z",
    outcome: "SUCCESSFUL",
  });
  await refer("m3", cohortA.id, "CRISIS_SERVICES", "EMERGENCY", "2026-01-15T09:00:00Z", {
    at: "2026-01-17T09:00:00Z",
    outcome: "UNSUCCESSFUL",
    reason: "MEMBER_REFUSED",
  });
  await refer("m6", cohortC.id, "HOUSING", "URGENT", "2026-01-25T09:00:00Z", undefined, "2026-02-01");
  await refer("m9", null, "PSYCHIATRY", "ROUTINE", "2026-02-10T09:00:00Z", undefined, "2099-01-01");
  await refer("m5", cohortB.id, "HOUSING", "ROUTINE", "2025-12-20T09:00:00Z");

  return {
    support,
    therapy,
    cohortA,
    cohortB,
    cohortC,
    facilitatorOfAB: facilitators.ofAB,
    facilitatorOfC: facilitators.ofC,
    cancelledSessionId: a3,
  };
}
