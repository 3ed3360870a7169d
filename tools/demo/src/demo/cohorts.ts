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
/**
 * The moment `days` from now, never later than a minute ago: the demo's commands are stamped
 * with when they would have happened (an application a month before its cohort started).
 */
export const daysFromNow = (days: number) => new Date(Date.now() + Math.min(days * 86_400_000, -60_000));
export const SOURCES: ReferralSource[] = [
  "SELF",
  "CLINICIAN",
  "PRIMARY_CARE",
  "COMMUNITY_ORGANISATION",
  "FAMILY_OR_FRIEND",
  "WEBSITE_OR_MEDIA",
];

type Program = { id: string; name: string; consentDocumentId: string | null; delivery: string };

/** What a cohort's name can say about its schedule, from its real first session. */
interface Schedule {
  /** "Tuesday" (as in "Tuesday evenings") */
  weekday: string;
  /** "Tuesdays" */
  weekdays: string;
  /** "July" */
  month: string;
  /** "Summer" (the northern hemisphere's, where the demo organisation is) */
  season: string;
  /** "mornings", "afternoons", "evenings" */
  partOfDay: string;
}

function scheduleOf(startDate: string, startTime: string): Schedule {
  const start = DateTime.fromISO(`${startDate}T${startTime}`, { zone: ZONE });
  const seasons = ["Winter", "Spring", "Summer", "Autumn"];
  return {
    weekday: start.toFormat("cccc"),
    weekdays: `${start.toFormat("cccc")}s`,
    month: start.toFormat("LLLL"),
    season: seasons[Math.floor((start.month % 12) / 3)] ?? "Winter",
    partOfDay: start.hour < 12 ? "mornings" : start.hour < 17 ? "afternoons" : "evenings",
  };
}

interface CohortPlan {
  /** how the intake queue and the referrals find it */
  key: string;
  program: string;
  /** named after its schedule, so "— Tuesdays" meets on Tuesdays whenever the demo is built */
  name: (schedule: Schedule) => string;
  /** a fixed time when the name says it (an evening group), otherwise one of the usual slots */
  startTime?: string;
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

/**
 * A person applies about a month before the cohort starts, is screened (risk acknowledged if
 * flagged), accepted, consents and is enrolled a few days before the first session, each step
 * stamped with its day.
 */
async function admitMember(db: Db, admin: Actor, program: Program, cohortId: string, startInDays: number) {
  const risky = faker.number.float() < 0.12;
  const applied = Math.min(Math.min(startInDays - 25, -2) + faker.number.float({ min: -4, max: 4 }), -2);
  const application = await recordApplication(
    db,
    admin,
    {
      applicant: { newMember: memberFields() },
      programId: program.id,
      cohortId,
      referralSource: faker.helpers.arrayElement(SOURCES),
      answers: await answersFor(db, program.id, risky),
      intakeNotes: risky ? "Discussed safety plan on the phone; has an individual therapist." : "",
      confirmNotDuplicate: true,
    },
    daysFromNow(applied),
  );
  await moveApplication(
    db,
    admin,
    { applicationId: application.id, to: "SCREENING", reason: "Screening call booked" },
    daysFromNow(applied + 0.5),
  );
  if (application.riskFlagged)
    await acknowledgeRisk(
      db,
      admin,
      {
        applicationId: application.id,
        note: "Spoke with applicant and their therapist; safety plan in place; suitable for group.",
      },
      daysFromNow(applied + 1),
    );
  await moveApplication(
    db,
    admin,
    { applicationId: application.id, to: "ACCEPTED", reason: "Meets eligibility; good fit for the group" },
    daysFromNow(applied + 1.5),
  );
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
      occurredAt: daysFromNow(Math.max(startInDays - 5, applied + 2)),
    });
  }
  await enrollMember(
    db,
    admin,
    { cohortId, memberId: member.id, applicationId: application.id },
    daysFromNow(Math.max(startInDays - 3, applied + 2.5)),
  );
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
      const dayBefore = new Date(Math.min(session.startsAt.getTime() - 86_400_000, Date.now()));
      await cancelSession(db, lead, proven, { reason: "Building closed (power outage)", addMakeUp: true }, dayBefore);
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
    await recordAttendance(db, lead, proven, { sessionId: session.id, marks, reason: "" }, end);
    held += 1;
    const absent = marks.find((m) => m.status === "ABSENT" && !slipping.has(m.memberId));
    if (absent && held % 3 === 0) {
      const later = new Date(Math.min(end.getTime() + 2 * 86_400_000, Date.now()));
      const corrected = marks.map((m) => (m === absent ? { ...m, status: "EXCUSED" as const, note: "Was unwell" } : m));
      await recordAttendance(
        db,
        lead,
        proven,
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
      key: "grief-past",
      program: "Grief & Loss Support Circle",
      name: (s) => `Grief Circle — ${s.season}`,
      startInDays: -150,
      leadId: tomas,
      members: 8,
      finalStatus: "COMPLETED",
    },
    {
      key: "dbt-running",
      program: "DBT Skills Group",
      name: (s) => `DBT Skills — ${s.season}`,
      startInDays: -38,
      leadId: priya,
      coIds: [marcus],
      members: 10,
      finalStatus: "RUNNING",
    },
    {
      key: "recovery-running",
      program: "Recovery Together",
      name: (s) => `Recovery Together — ${s.weekdays}`,
      startTime: "18:30",
      startInDays: -23,
      leadId: sam,
      members: 10,
      finalStatus: "RUNNING",
    },
    {
      key: "carers-running",
      program: "Caring for the Carer",
      name: (s) => `Caring for the Carer — ${s.month}`,
      startInDays: -15,
      leadId: elena,
      members: 12,
      finalStatus: "RUNNING",
    },
    {
      key: "grief-next",
      program: "Grief & Loss Support Circle",
      name: (s) => `Grief Circle — ${s.season}`,
      startInDays: 5,
      leadId: tomas,
      coIds: [sam],
      members: 3,
      finalStatus: "OPEN_FOR_INTAKE",
    },
    {
      key: "art-next",
      program: "Art for Wellbeing",
      name: (s) => `Art for Wellbeing — ${s.month}`,
      startInDays: 26,
      leadId: sam,
      members: 4,
      capacity: 4,
      finalStatus: "OPEN_FOR_INTAKE",
    },
    {
      key: "dbt-planned",
      program: "DBT Skills Group",
      name: (s) => `DBT Skills — ${s.season}`,
      startInDays: 65,
      leadId: marcus,
      members: 0,
      finalStatus: "PLANNED",
    },
    {
      key: "carers-postponed",
      program: "Caring for the Carer",
      name: (s) => `Caring for the Carer — ${s.weekday} ${s.partOfDay}`,
      startTime: "18:00",
      startInDays: 9,
      leadId: elena,
      members: 2,
      finalStatus: "POSTPONED",
    },
    {
      key: "art-cancelled",
      program: "Art for Wellbeing",
      name: (s) => `Art for Wellbeing — ${s.weekday} ${s.partOfDay}`,
      startTime: "10:00",
      startInDays: 12,
      leadId: sam,
      members: 0,
      finalStatus: "CANCELLED",
    },
  ];

  const created: { id: string; key: string; name: string; memberIds: string[]; plan: CohortPlan }[] = [];
  for (const plan of plans) {
    const program = byName(plan.program);
    const startDate = day(plan.startInDays);
    const startTime = plan.startTime ?? faker.helpers.arrayElement(["10:00", "13:30", "18:00", "18:30"]);
    const name = plan.name(scheduleOf(startDate, startTime));
    // set up six weeks ahead, intake opened a few days later
    const createdAt = daysFromNow(Math.min(plan.startInDays - 45, -30));
    const cohort = await createCohort(
      db,
      admin,
      {
        programId: program.id,
        name,
        startDate,
        weekday: weekdayOf(startDate),
        startTime,
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
      },
      createdAt,
    );
    if (plan.finalStatus !== "PLANNED")
      await changeCohortStatus(
        db,
        admin,
        { cohortId: cohort.id, status: "OPEN_FOR_INTAKE", reason: "Intake open" },
        new Date(createdAt.getTime() + 2 * 86_400_000),
      );
    const memberIds: string[] = [];
    for (let i = 0; i < plan.members; i++) memberIds.push(await admitMember(db, admin, program, cohort.id, plan.startInDays));
    created.push({ id: cohort.id, key: plan.key, name, memberIds, plan });

    const lead: Actor = { userId: plan.leadId, role: "FACILITATOR" };
    const enrollmentOf = async (memberId: string) =>
      (await db.enrollment.findUniqueOrThrow({ where: { cohortId_memberId: { cohortId: cohort.id, memberId } } })).id;
    const [leaver, dropped] = memberIds;
    if (plan.finalStatus === "COMPLETED") {
      if (leaver)
        await endEnrollment(
          db,
          admin,
          {
            enrollmentId: await enrollmentOf(leaver),
            to: "WITHDREW",
            effectiveOn: day(plan.startInDays + 21),
            reason: "Started a new job with evening shifts",
          },
          daysFromNow(plan.startInDays + 21),
        );
      if (dropped)
        await endEnrollment(
          db,
          admin,
          {
            enrollmentId: await enrollmentOf(dropped),
            to: "DROPPED",
            effectiveOn: day(plan.startInDays + 35),
            reason: "No contact after three missed sessions",
          },
          daysFromNow(plan.startInDays + 35),
        );
    }
    if (plan.startInDays < 0) {
      const slipping = new Set(plan.finalStatus === "RUNNING" ? memberIds.slice(0, 2) : []);
      await runSessions(db, cohort.id, lead, memberIds, slipping);
      await followUpSlipping(db, cohort.id, lead, slipping);
    }
    // completing the cohort settles the others by the program's completion rule
    if (plan.finalStatus === "COMPLETED") {
      const last = await db.session.findFirstOrThrow({ where: { cohortId: cohort.id }, orderBy: { startsAt: "desc" } });
      const dayAfter = new Date(Math.min(last.startsAt.getTime() + 86_400_000, Date.now() - 60_000));
      await changeCohortStatus(db, admin, { cohortId: cohort.id, status: "COMPLETED", reason: "All sessions held" }, dayAfter);
    }
    if (plan.finalStatus === "POSTPONED")
      await postponeCohort(
        db,
        admin,
        { cohortId: cohort.id, weeks: 4, reason: "Below minimum enrollment; waiting for the next referral wave" },
        daysFromNow(-2),
      );
    if (plan.finalStatus === "CANCELLED")
      await changeCohortStatus(
        db,
        admin,
        { cohortId: cohort.id, status: "CANCELLED", reason: "Lead facilitator unavailable; members offered the next cohort" },
        daysFromNow(-1),
      );
  }
  return created;
}
