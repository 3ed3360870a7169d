import {
  type Actor,
  acknowledgeRisk,
  authorizeSession,
  cancelSession,
  changeCohortStatus,
  createCohort,
  endEnrollment,
  enrollMember,
  moveApplication,
  postponeCohort,
  recordApplication,
  recordAttendance,
  recordConsent,
  recordFollowUp,
} from "@circle/core";
import type { Db } from "@circle/db";
import { memberFields } from "@circle/db/testing";
import type { ReferralSource } from "@circle/validators";
import { faker } from "@faker-js/faker";
import { DateTime } from "luxon";

const ZONE = "America/New_York";
export const day = (offset: number) => DateTime.now().setZone(ZONE).plus({ days: offset }).toISODate() as string;
const weekdayOf = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).weekday;
export const SOURCES: ReferralSource[] = [
  "SELF",
  "CLINICIAN",
  "PRIMARY_CARE",
  "COMMUNITY_ORGANISATION",
  "FAMILY_OR_FRIEND",
  "WEBSITE_OR_MEDIA",
];

type Program = { id: string; name: string; consentDocumentId: string | null; delivery: string };

interface CohortPlan {
  program: string;
  name: string;
  startInDays: number;
  leadId: string;
  coIds?: string[];
  members: number;
  capacity?: number;
  finalStatus: "COMPLETED" | "RUNNING" | "OPEN_FOR_INTAKE" | "PLANNED" | "POSTPONED" | "CANCELLED";
}

/** Answers to a program's screening questions; `risky` answers yes to the first risk question. */
export async function answersFor(db: Db, programId: string, risky: boolean) {
  const questions = await db.screeningQuestion.findMany({ where: { programId, archivedAt: null }, orderBy: { position: "asc" } });
  return questions.map((q, index) => {
    switch (q.kind) {
      case "YES_NO":
        return {
          questionId: q.id,
          value: risky && index <= 1 ? index === 0 : q.riskAnswers.length === 0 && faker.datatype.boolean(),
        };
      case "SCALE":
        return { questionId: q.id, value: risky ? 9 : faker.number.int({ min: 2, max: 7 }) };
      case "SINGLE_CHOICE":
        return { questionId: q.id, value: q.options[0] ?? "" };
      case "MULTIPLE_CHOICE":
        return { questionId: q.id, value: faker.helpers.arrayElements(q.options, { min: 1, max: 2 }) };
      default:
        return {
          questionId: q.id,
          value: faker.helpers.arrayElement([
            "Feel less alone",
            "Learn ways to cope",
            "Meet people who understand",
            "Get through the holidays",
          ]),
        };
    }
  });
}

/** Moves an application's dates back so the demo's history reads like real months of intake. */
export async function backdateApplication(db: Db, applicationId: string, submittedAt: Date) {
  await db.application.update({ where: { id: applicationId }, data: { submittedAt, createdAt: submittedAt } });
  const changes = await db.applicationStatusChange.findMany({ where: { applicationId }, orderBy: { changedAt: "asc" } });
  for (const [i, change] of changes.entries()) {
    await db.applicationStatusChange.update({
      where: { id: change.id },
      data: { changedAt: new Date(submittedAt.getTime() + i * 2 * 86_400_000) },
    });
  }
}

/** A person applies, is screened (risk acknowledged if flagged), accepted, consents and is enrolled. */
async function admitMember(db: Db, admin: Actor, program: Program, cohortId: string, startInDays: number) {
  const risky = faker.number.float() < 0.12;
  const application = await recordApplication(db, admin, {
    applicant: { newMember: memberFields() },
    programId: program.id,
    cohortId,
    referralSource: faker.helpers.arrayElement(SOURCES),
    answers: await answersFor(db, program.id, risky),
    intakeNotes: risky ? "Discussed safety plan on the phone; has an individual therapist." : "",
    confirmNotDuplicate: true,
  });
  await moveApplication(db, admin, { applicationId: application.id, to: "SCREENING", reason: "Screening call booked" });
  if (application.riskFlagged)
    await acknowledgeRisk(
      db,
      admin,
      application.id,
      "Spoke with applicant and their therapist; safety plan in place; suitable for group.",
    );
  await moveApplication(db, admin, {
    applicationId: application.id,
    to: "ACCEPTED",
    reason: "Meets eligibility; good fit for the group",
  });
  const versionId = program.consentDocumentId
    ? (
        await db.consentDocumentVersion.findFirstOrThrow({
          where: { documentId: program.consentDocumentId },
          orderBy: { version: "desc" },
        })
      ).id
    : null;
  const member = await db.member.findUniqueOrThrow({ where: { id: application.memberId } });
  if (versionId) {
    await recordConsent(db, admin, {
      memberId: member.id,
      versionId,
      method: faker.helpers.arrayElement(["E_SIGNATURE", "SIGNED_ON_PAPER", "VERBAL_WITH_WITNESS"] as const),
      signedName: `${member.firstName} ${member.lastName}`,
      witnessName: "Jonas Lindqvist",
      occurredAt: new Date(Date.now() + Math.min(startInDays - 5, 0) * 86_400_000),
    });
  }
  const enrollment = await enrollMember(db, admin, { cohortId, memberId: member.id, applicationId: application.id });
  await backdateApplication(db, application.id, new Date(Date.now() + Math.min(startInDays - 25, -2) * 86_400_000));
  // enrolled a few days before the first session, as it would have happened
  const enrolledAt = new Date(Date.now() + Math.min(startInDays - 3, 0) * 86_400_000);
  await db.enrollment.update({ where: { id: enrollment.id }, data: { enrolledAt } });
  await db.enrollmentStatusChange.updateMany({
    where: { enrollmentId: enrollment.id },
    data: { changedAt: enrolledAt, effectiveOn: new Date(enrolledAt.toISOString().slice(0, 10)) },
  });
  return member.id;
}

const ATTENDANCE = [
  "PRESENT",
  "PRESENT",
  "PRESENT",
  "PRESENT",
  "PRESENT",
  "PRESENT",
  "PRESENT",
  "PRESENT",
  "LATE",
  "LEFT_EARLY",
  "EXCUSED",
  "ABSENT",
] as const;

/**
 * Takes attendance at every session up to today, as the facilitators would have, through the
 * attendance command (which holds the session); now and then a mark is corrected a couple of
 * days later, with the reason.
 */
async function runSessions(db: Db, cohortId: string, lead: Actor, memberIds: string[], slipping: Set<string>) {
  const twoWeeksAgo = new Date(Date.now() - 15 * 86_400_000);
  let held = 0;
  for (let index = 0; ; index++) {
    // the next session due, in date order (a make-up added along the way comes in turn)
    const session = await db.session.findFirst({
      where: { cohortId, status: "SCHEDULED", startsAt: { lte: new Date() } },
      orderBy: { startsAt: "asc" },
    });
    if (!session) return held;
    const proven = await authorizeSession(db, lead, session.id, "run");
    if (index === 2) {
      // one week the room was unavailable: cancelled, with a make-up added at the end
      await cancelSession(db, lead, proven, { reason: "Building closed (power outage)", addMakeUp: true });
      continue;
    }
    const end = new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);
    // members who had left by then are not on the sheet
    const onRoster = await db.enrollment.findMany({
      where: { cohortId, memberId: { in: memberIds }, OR: [{ endedOn: null }, { endedOn: { gte: session.startsAt } }] },
      select: { memberId: true },
    });
    const marks = onRoster.map(({ memberId }) => {
      const status =
        slipping.has(memberId) && session.startsAt >= twoWeeksAgo ? "ABSENT" : faker.helpers.arrayElement(ATTENDANCE);
      return { memberId, status, note: status === "EXCUSED" ? "Let us know in advance" : null };
    });
    await recordAttendance(db, lead, { sessionId: session.id, marks, reason: "" }, end);
    held += 1;
    const absent = marks.find((m) => m.status === "ABSENT" && !slipping.has(m.memberId));
    if (absent && held % 3 === 0) {
      const later = new Date(Math.min(end.getTime() + 2 * 86_400_000, Date.now()));
      const corrected = marks.map((m) => (m === absent ? { ...m, status: "EXCUSED" as const, note: "Was unwell" } : m));
      await recordAttendance(
        db,
        lead,
        { sessionId: session.id, marks: corrected, reason: "Phoned the office the next morning; had been ill" },
        later,
      );
    }
  }
}

/** Someone called the first member who stopped coming; the second is still on the follow-up list. */
async function followUpSlipping(db: Db, cohortId: string, lead: Actor, slipping: Set<string>) {
  const [first] = slipping;
  if (!first) return;
  const enrollment = await db.enrollment.findUniqueOrThrow({ where: { cohortId_memberId: { cohortId, memberId: first } } });
  await recordFollowUp(db, lead, {
    cohortId,
    enrollmentId: enrollment.id,
    outcome: "COULD_NOT_REACH",
    contactedOn: day(0),
    note: "Left a voicemail and sent a text; will try again before the next session",
  });
}

export async function seedDemoCohorts(
  db: Db,
  admin: Actor,
  programs: Program[],
  people: { therapists: { id: string }[]; peers: { id: string }[] },
) {
  const byName = (name: string) => programs.find((p) => p.name === name) as Program;
  const idOf = (person: { id: string } | undefined) => {
    if (!person) throw new Error("the demo's people were not created");
    return person.id;
  };
  const priya = idOf(people.therapists[0]);
  const marcus = idOf(people.therapists[1]);
  const elena = idOf(people.therapists[2]);
  const sam = idOf(people.peers[0]);
  const tomas = idOf(people.peers[1]);
  const plans: CohortPlan[] = [
    {
      program: "Grief & Loss Support Circle",
      name: "Grief Circle — Spring",
      startInDays: -150,
      leadId: tomas,
      members: 8,
      finalStatus: "COMPLETED",
    },
    {
      program: "DBT Skills Group",
      name: "DBT Skills — Autumn",
      startInDays: -38,
      leadId: priya,
      coIds: [marcus],
      members: 10,
      finalStatus: "RUNNING",
    },
    {
      program: "Recovery Together",
      name: "Recovery Together — Tuesdays",
      startInDays: -23,
      leadId: sam,
      members: 10,
      finalStatus: "RUNNING",
    },
    {
      program: "Caring for the Carer",
      name: "Caring for the Carer — November",
      startInDays: -15,
      leadId: elena,
      members: 12,
      finalStatus: "RUNNING",
    },
    {
      program: "Grief & Loss Support Circle",
      name: "Grief Circle — Winter",
      startInDays: 5,
      leadId: tomas,
      coIds: [sam],
      members: 3,
      finalStatus: "OPEN_FOR_INTAKE",
    },
    {
      program: "Art for Wellbeing",
      name: "Art for Wellbeing — January",
      startInDays: 26,
      leadId: sam,
      members: 4,
      capacity: 4,
      finalStatus: "OPEN_FOR_INTAKE",
    },
    {
      program: "DBT Skills Group",
      name: "DBT Skills — Spring",
      startInDays: 65,
      leadId: marcus,
      members: 0,
      finalStatus: "PLANNED",
    },
    {
      program: "Caring for the Carer",
      name: "Caring for the Carer — Evening",
      startInDays: 9,
      leadId: elena,
      members: 2,
      finalStatus: "POSTPONED",
    },
    {
      program: "Art for Wellbeing",
      name: "Art for Wellbeing — Autumn",
      startInDays: 12,
      leadId: sam,
      members: 0,
      finalStatus: "CANCELLED",
    },
  ];

  const created: { id: string; name: string; memberIds: string[]; plan: CohortPlan }[] = [];
  for (const plan of plans) {
    const program = byName(plan.program);
    const startDate = day(plan.startInDays);
    const cohort = await createCohort(db, admin, {
      programId: program.id,
      name: plan.name,
      startDate,
      weekday: weekdayOf(startDate),
      startTime: faker.helpers.arrayElement(["10:00", "13:30", "18:00", "18:30"]),
      timeZone: ZONE,
      skipDates: [],
      location:
        program.delivery === "ONLINE"
          ? null
          : faker.helpers.arrayElement([
              "Room 2, Community Centre, 14 Elm St",
              "Library meeting room, 3 Park Ave",
              "Harbor Health, Group Room B",
            ]),
      meetingUrl: program.delivery === "IN_PERSON" ? null : "https://meet.example.org/circle-group",
      facilitators: { leadId: plan.leadId, coFacilitatorIds: plan.coIds ?? [] },
      ...(plan.capacity ? { capacity: plan.capacity } : {}),
    });
    if (plan.finalStatus !== "PLANNED") await changeCohortStatus(db, admin, cohort.id, "OPEN_FOR_INTAKE", "Intake open");
    const memberIds: string[] = [];
    for (let i = 0; i < plan.members; i++) memberIds.push(await admitMember(db, admin, program, cohort.id, plan.startInDays));
    created.push({ id: cohort.id, name: plan.name, memberIds, plan });

    const lead: Actor = { userId: plan.leadId, role: "FACILITATOR" };
    const enrollmentOf = async (memberId: string) =>
      (await db.enrollment.findUniqueOrThrow({ where: { cohortId_memberId: { cohortId: cohort.id, memberId } } })).id;
    const [leaver, dropped] = memberIds;
    if (plan.finalStatus === "COMPLETED") {
      if (leaver)
        await endEnrollment(db, admin, {
          enrollmentId: await enrollmentOf(leaver),
          to: "WITHDREW",
          effectiveOn: day(plan.startInDays + 21),
          reason: "Started a new job with evening shifts",
        });
      if (dropped)
        await endEnrollment(db, admin, {
          enrollmentId: await enrollmentOf(dropped),
          to: "DROPPED",
          effectiveOn: day(plan.startInDays + 35),
          reason: "No contact after three missed sessions",
        });
    }
    if (plan.startInDays < 0) {
      const slipping = new Set(plan.finalStatus === "RUNNING" ? memberIds.slice(0, 2) : []);
      await runSessions(db, cohort.id, lead, memberIds, slipping);
      await followUpSlipping(db, cohort.id, lead, slipping);
    }
    // completing the cohort settles the others by the program's completion rule
    if (plan.finalStatus === "COMPLETED") await changeCohortStatus(db, admin, cohort.id, "COMPLETED", "All sessions held");
    if (plan.finalStatus === "POSTPONED")
      await postponeCohort(db, admin, cohort.id, 4, "Below minimum enrollment; waiting for the January referral wave");
    if (plan.finalStatus === "CANCELLED")
      await changeCohortStatus(
        db,
        admin,
        cohort.id,
        "CANCELLED",
        "Lead facilitator unavailable; members offered the January cohort",
      );
  }
  return created;
}
