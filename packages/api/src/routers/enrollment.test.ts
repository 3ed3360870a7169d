import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import {
  expectRefusal,
  holdSession,
  makeConsentingMember,
  makeProgramWithConsent,
  makeWaitlistedMember,
  moveThrough,
  openWaitlist,
  type ProgramWithConsent,
  recordApplication,
  recordESignature,
} from "../testing/intake.ts";
import { addDays, type Caller, MISSING_ID, makeCohort, makeProgram, makeStartedCohort, todayIn } from "../testing/programs.ts";
import { expectRefused } from "../testing/refusals.ts";

let h: Harness;
let admin: Caller;
let adminId: string;
let lead: Caller;
let leadId: string;
let program: ProgramWithConsent;
beforeAll(async () => {
  h = await openHarness();
  ({
    caller: admin,
    user: { id: adminId },
  } = await h.signedIn("ADMIN", { name: "Avery Admin" }));
  ({
    caller: lead,
    user: { id: leadId },
  } = await h.signedIn("FACILITATOR", { name: "Lee Lead" }));
  program = await makeProgramWithConsent(admin);
});
afterAll(() => h.close());

const db = () => h.services.db;
const TODAY = () => new Date().toISOString().slice(0, 10);
const OFFER_DAYS = 3; // the waitlistOfferDays default

/** The name enrollment messages use: preferred name (or first name) and last name. */
async function nameOf(memberId: string) {
  const member = await db().member.findUniqueOrThrow({ where: { id: memberId } });
  return `${member.preferredName ?? member.firstName} ${member.lastName}`;
}

/** A small cohort of the program: starting in 60 days unless started `daysAgo`, one seat unless told. */
function smallCohort(
  p: { id: string; delivery: ProgramWithConsent["delivery"] },
  options: { capacity?: number; daysAgo?: number; startDate?: string } = {},
) {
  const overrides = {
    capacity: options.capacity ?? 1,
    minimumEnrollment: 1,
    ...(options.startDate ? { startDate: options.startDate } : {}),
  };
  return options.daysAgo === undefined
    ? makeCohort(admin, p, leadId, overrides)
    : makeStartedCohort(admin, p, leadId, options.daysAgo, overrides);
}

async function enrollNew(p: { id: string }, cohortId: string) {
  const person = await makeConsentingMember(admin, db(), p, { cohortId });
  const enrollment = await admin.enrollment.enroll({ cohortId, memberId: person.memberId });
  return { ...person, enrollmentId: enrollment.id };
}

const entry = (id: string) => db().waitlistEntry.findUniqueOrThrow({ where: { id } });

describe("enrolling", () => {
  it("enrolls an accepted, consenting applicant, with an ENROLLED history row, on the roster and the member page", async () => {
    const cohort = await makeCohort(admin, program, leadId, { capacity: 10, minimumEnrollment: 2 });
    const person = await makeConsentingMember(admin, db(), program, { cohortId: cohort.id });
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: person.memberId, applicationId: person.applicationId }),
      "BAD_REQUEST",
      "Accept the application before enrolling",
      "applicationId",
    );
    await moveThrough(admin, person.applicationId, "SCREENING", "ACCEPTED");
    const someoneElse = await makeConsentingMember(admin, db(), program);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: someoneElse.memberId, applicationId: person.applicationId }),
      "BAD_REQUEST",
      "That application is not this member's",
      "applicationId",
    );

    const enrollment = await admin.enrollment.enroll({
      cohortId: cohort.id,
      memberId: person.memberId,
      applicationId: person.applicationId,
    });
    expect(enrollment).toMatchObject({ status: "ENROLLED", applicationId: person.applicationId, endedOn: null });
    expect(await db().enrollmentStatusChange.findMany({ where: { enrollmentId: enrollment.id } })).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: "ENROLLED",
        reason: "Enrolled",
        changedById: adminId,
        effectiveOn: new Date(`${TODAY()}T00:00:00Z`),
      }),
    ]);
    expect(await admin.enrollment.roster({ cohortId: cohort.id })).toMatchObject({
      capacity: 10,
      enrolled: 1,
      heldForOffers: 0,
      seatsLeft: 9,
      locked: false,
      enrollments: [{ id: enrollment.id, status: "ENROLLED", consentCurrent: true, member: { id: person.memberId } }],
    });
    const profile = await admin.members.get({ memberId: person.memberId });
    expect(profile.enrollments).toEqual([
      expect.objectContaining({
        id: enrollment.id,
        status: "ENROLLED",
        cohort: expect.objectContaining({ id: cohort.id }),
        statusChanges: [expect.objectContaining({ toStatus: "ENROLLED", changedBy: { name: "Avery Admin" } })],
      }),
    ]);
    expect(
      await db().auditEvent.count({ where: { entityId: enrollment.id, action: "enrollment.enroll", actorId: adminId } }),
    ).toBe(1);
  });

  it("refuses someone who has not consented", async () => {
    const cohort = await smallCohort(program);
    const application = await recordApplication(admin, program, { cohortId: cohort.id });
    const name = await nameOf(application.memberId);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: application.memberId }),
      "BAD_REQUEST",
      `${name} has not consented to this program's consent document; record current consent before enrolling`,
      "memberId",
    );
    expect(await db().enrollment.count({ where: { cohortId: cohort.id } })).toBe(0);
  });

  it("refuses someone who withdrew consent, and enrolls them once they consent again", async () => {
    const cohort = await smallCohort(program);
    const person = await makeConsentingMember(admin, db(), program, { member: { preferredName: "Bee" } });
    await admin.consent.withdraw({ memberId: person.memberId, documentId: program.consent.documentId, reason: "Unsure" });
    // The name first: a refusal that arrives while it is read would find no handler yet.
    const name = await nameOf(person.memberId);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: person.memberId }),
      "BAD_REQUEST",
      `${name} has withdrawn consent; record current consent before enrolling`,
      "memberId",
    );
    expect(await nameOf(person.memberId)).toMatch(/^Bee /);
    await recordESignature(admin, db(), person.memberId, program.id);
    await admin.enrollment.enroll({ cohortId: cohort.id, memberId: person.memberId });
  });

  it("refuses enrollment into a program that has no consent document chosen", async () => {
    const bare = await makeProgram(admin, {}, { modules: 0 });
    const cohort = await smallCohort(bare);
    const application = await recordApplication(admin, bare);
    const name = await nameOf(application.memberId);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: application.memberId }),
      "BAD_REQUEST",
      `${name} cannot consent yet: this program has no consent document chosen; record current consent before enrolling`,
      "memberId",
    );
  });

  it("refuses a full cohort, naming the seats", async () => {
    const cohort = await smallCohort(program, { capacity: 2 });
    await enrollNew(program, cohort.id);
    await enrollNew(program, cohort.id);
    const third = await makeConsentingMember(admin, db(), program);
    const name = await nameOf(third.memberId);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: third.memberId }),
      "BAD_REQUEST",
      `${cohort.name} is full: 2 of 2 seats taken; add ${name} to the waitlist`,
      "cohortId",
    );
  });

  it("refuses anyone once the first session has been held", async () => {
    const cohort = await smallCohort(program, { capacity: 8, daysAgo: 0 });
    const person = await makeConsentingMember(admin, db(), program);
    await holdSession(lead, db(), cohort.id, 1);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: person.memberId }),
      "BAD_REQUEST",
      `Enrollment in ${cohort.name} is closed: the first session has been held, and this is a closed group`,
      "cohortId",
    );
    expect(await admin.enrollment.roster({ cohortId: cohort.id })).toMatchObject({ locked: true, heldSessions: 1, enrolled: 0 });
  });

  it("a program that allows joining until session 2 takes people after session 1, not after session 2", async () => {
    const later = await makeProgramWithConsent(admin, { joinUntilSession: 2 });
    const cohort = await smallCohort(later, { capacity: 8, daysAgo: 7 });
    const [early, late] = [await makeConsentingMember(admin, db(), later), await makeConsentingMember(admin, db(), later)];
    await holdSession(lead, db(), cohort.id, 1);
    expect((await admin.enrollment.roster({ cohortId: cohort.id })).locked).toBe(false);
    await admin.enrollment.enroll({ cohortId: cohort.id, memberId: early.memberId });

    await holdSession(lead, db(), cohort.id, 2);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: late.memberId }),
      "BAD_REQUEST",
      `Enrollment in ${cohort.name} is closed: session 2 has been held, and this is a closed group`,
      "cohortId",
    );
    expect(await admin.enrollment.roster({ cohortId: cohort.id })).toMatchObject({ locked: true, enrolled: 1 });
  });

  it("refuses someone enrolled in an overlapping cohort of the same program; a later cohort is fine", async () => {
    const start = addDays(todayIn("America/Chicago"), 60);
    const spring = await smallCohort(program, { capacity: 8, startDate: start });
    const overlapping = await smallCohort(program, { capacity: 8, startDate: addDays(start, 7) });
    const afterwards = await smallCohort(program, { capacity: 8, startDate: addDays(start, 9 * 7) });
    const person = await enrollNew(program, spring.id);
    const name = await nameOf(person.memberId);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: overlapping.id, memberId: person.memberId }),
      "BAD_REQUEST",
      `${name} is already enrolled in ${spring.name}, which runs at the same time`,
      "memberId",
    );
    await admin.enrollment.enroll({ cohortId: afterwards.id, memberId: person.memberId });

    // once they leave the first cohort, the overlapping one takes them
    await admin.enrollment.end({ enrollmentId: person.enrollmentId, to: "WITHDREW", effectiveOn: TODAY(), reason: "Moved" });
    await admin.enrollment.enroll({ cohortId: overlapping.id, memberId: person.memberId });
  });

  it("refuses someone already enrolled (CONFLICT), a cancelled cohort, and unknown people or cohorts", async () => {
    const cohort = await smallCohort(program, { capacity: 8 });
    const person = await enrollNew(program, cohort.id);
    const name = await nameOf(person.memberId);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: person.memberId }),
      "CONFLICT",
      `${name} is already enrolled in ${cohort.name}`,
      "memberId",
    );

    const cancelled = await smallCohort(program, { capacity: 8 });
    await admin.cohorts.changeStatus({ cohortId: cancelled.id, status: "CANCELLED", reason: "Not enough interest" });
    const other = await makeConsentingMember(admin, db(), program);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cancelled.id, memberId: other.memberId }),
      "BAD_REQUEST",
      `${cancelled.name} is cancelled; no one can join it`,
      "cohortId",
    );
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: MISSING_ID, memberId: other.memberId }),
      "BAD_REQUEST",
      "That cohort does not exist",
      "cohortId",
    );
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: MISSING_ID }),
      "BAD_REQUEST",
      "That member does not exist",
      "memberId",
    );
    expect(await db().enrollment.count({ where: { cohortId: { in: [cohort.id, cancelled.id] } } })).toBe(1);
  });
});

describe("ending an enrollment", () => {
  it.each([
    ["WITHDREW", "withdrew"],
    ["DROPPED", "dropped"],
    ["COMPLETED", "completed"],
  ] as const)("%s: with a date and a reason, kept in the history", async (to, word) => {
    const cohort = await smallCohort(program, { capacity: 8 });
    const person = await enrollNew(program, cohort.id);
    const reason = `Ended: ${word}`;
    expect(
      await admin.enrollment.end({ enrollmentId: person.enrollmentId, to, effectiveOn: "2026-12-04", reason }),
    ).toMatchObject({
      status: to,
    });
    expect(await db().enrollment.findUniqueOrThrow({ where: { id: person.enrollmentId } })).toMatchObject({
      status: to,
      endedOn: new Date("2026-12-04T00:00:00Z"),
      endReason: reason,
    });
    const { enrollments } = await admin.members.get({ memberId: person.memberId });
    expect(enrollments[0]?.statusChanges.map((c) => [c.fromStatus, c.toStatus, c.reason, c.changedBy?.name])).toEqual([
      ["ENROLLED", to, reason, "Avery Admin"],
      [null, "ENROLLED", "Enrolled", "Avery Admin"],
    ]);
    expect(enrollments[0]?.statusChanges[0]?.effectiveOn).toEqual(new Date("2026-12-04T00:00:00Z"));

    await expectRefusal(
      admin.enrollment.end({ enrollmentId: person.enrollmentId, to: "DROPPED", effectiveOn: "2026-12-05", reason: "again" }),
      "CONFLICT",
      `This enrollment already ended (${word})`,
      "to",
    );
    expect((await admin.enrollment.roster({ cohortId: cohort.id })).enrolled).toBe(0);
  });

  it("needs a real date and a reason", async () => {
    const cohort = await smallCohort(program, { capacity: 8 });
    const person = await enrollNew(program, cohort.id);
    await expectRefused(
      admin.enrollment.end({ enrollmentId: person.enrollmentId, to: "DROPPED", effectiveOn: "04/12/2026", reason: "No show" }),
      "BAD_REQUEST",
      "effectiveOn",
    );
    await expectRefused(
      admin.enrollment.end({ enrollmentId: person.enrollmentId, to: "DROPPED", effectiveOn: TODAY(), reason: "" }),
      "BAD_REQUEST",
      "reason",
    );
    await expectRefused(
      admin.enrollment.end({ enrollmentId: MISSING_ID, to: "DROPPED", effectiveOn: TODAY(), reason: "x" }),
      "NOT_FOUND",
    );
    expect((await db().enrollment.findUniqueOrThrow({ where: { id: person.enrollmentId } })).status).toBe("ENROLLED");
  });
});

describe("waitlist offers", () => {
  /** A one-seat cohort with one member enrolled and `waiting` consenting people on its waitlist, in order. */
  async function fullCohortWithWaitlist(waiting: number) {
    const cohort = await smallCohort(program, { capacity: 1 });
    const seated = await enrollNew(program, cohort.id);
    const queue = [];
    for (let i = 0; i < waiting; i++) queue.push(await makeWaitlistedMember(admin, db(), program, cohort.id));
    return { cohort, seated, queue };
  }

  it("raising the capacity offers the new seats to the people waiting, in order, before anyone else can take them", async () => {
    const { cohort, queue } = await fullCohortWithWaitlist(3);
    const [first, second, third] = queue;
    if (!first || !second || !third) throw new Error("waitlist not made");
    const updated = await admin.cohorts.update({ cohortId: cohort.id, name: cohort.name, capacity: 3 });
    expect(updated.offeredSeats).toBe(2);
    expect((await entry(first.entryId)).status).toBe("OFFERED");
    expect((await entry(second.entryId)).status).toBe("OFFERED");
    expect((await entry(third.entryId)).status).toBe("WAITING");

    // a consenting person not on the waitlist cannot be enrolled into a seat offered to someone else
    const outsider = await makeConsentingMember(admin, db(), program, { cohortId: cohort.id });
    await expectRefused(admin.enrollment.enroll({ cohortId: cohort.id, memberId: outsider.memberId }), "BAD_REQUEST");
    expect(await db().enrollment.count({ where: { cohortId: cohort.id, status: "ENROLLED" } })).toBe(1);
  });

  it("a seat freed before the lock is offered to the next person, with an expiry; accepting enrolls them", async () => {
    const { cohort, seated, queue } = await fullCohortWithWaitlist(2);
    const [first, second] = queue;
    if (!first || !second) throw new Error("waitlist not made");
    const before = Date.now();
    expect(
      await admin.enrollment.end({
        enrollmentId: seated.enrollmentId,
        to: "WITHDREW",
        effectiveOn: TODAY(),
        reason: "Moved away",
      }),
    ).toMatchObject({ offeredTo: 1 });

    const offer = await entry(first.entryId);
    expect(offer.status).toBe("OFFERED");
    expect(offer.offerExpiresAt?.getTime()).toBeGreaterThanOrEqual(before + OFFER_DAYS * 86_400_000 - 1000);
    expect(offer.offerExpiresAt?.getTime()).toBeLessThanOrEqual(Date.now() + OFFER_DAYS * 86_400_000 + 1000);
    expect((await entry(second.entryId)).status).toBe("WAITING");
    expect((await admin.enrollment.waitlist({ cohortId: cohort.id })).map((e) => [e.member.id, e.status])).toEqual([
      [first.memberId, "OFFERED"],
      [second.memberId, "WAITING"],
    ]);
    expect(await admin.enrollment.roster({ cohortId: cohort.id })).toMatchObject({ enrolled: 0, heldForOffers: 1, seatsLeft: 0 });

    await admin.enrollment.respondToOffer({ entryId: first.entryId, accept: true });
    expect((await entry(first.entryId)).status).toBe("ACCEPTED");
    expect(await admin.enrollment.roster({ cohortId: cohort.id })).toMatchObject({
      enrolled: 1,
      heldForOffers: 0,
      enrollments: expect.arrayContaining([
        expect.objectContaining({ status: "ENROLLED", member: expect.objectContaining({ id: first.memberId }) }),
      ]),
    });
    const enrolled = await db().enrollment.findFirstOrThrow({
      where: { cohortId: cohort.id, memberId: first.memberId },
      include: { statusChanges: true },
    });
    expect(enrolled.statusChanges).toEqual([
      expect.objectContaining({ toStatus: "ENROLLED", reason: "Accepted a waitlist offer" }),
    ]);
    const application = await admin.intake.get({ applicationId: first.applicationId });
    expect(application.status).toBe("ACCEPTED");
    expect(application.statusChanges.at(-1)).toMatchObject({
      fromStatus: "WAITLISTED",
      toStatus: "ACCEPTED",
      reason: "Accepted a waitlist offer",
      changedById: adminId,
    });
    expect((await entry(second.entryId)).status).toBe("WAITING");
  });

  it("a declined offer goes to the next person waiting", async () => {
    const { cohort, seated, queue } = await fullCohortWithWaitlist(3);
    const [first, second, third] = queue;
    if (!first || !second || !third) throw new Error("waitlist not made");
    await admin.enrollment.end({
      enrollmentId: seated.enrollmentId,
      to: "DROPPED",
      effectiveOn: TODAY(),
      reason: "Stopped coming",
    });
    await admin.enrollment.respondToOffer({ entryId: first.entryId, accept: false });
    expect((await entry(first.entryId)).status).toBe("DECLINED");
    expect((await admin.enrollment.waitlist({ cohortId: cohort.id })).map((e) => [e.member.id, e.status])).toEqual([
      [second.memberId, "OFFERED"],
      [third.memberId, "WAITING"],
    ]);
    await expectRefusal(
      admin.enrollment.respondToOffer({ entryId: first.entryId, accept: true }),
      "CONFLICT",
      "There is no open offer for this person",
      "entryId",
    );
    await expectRefusal(
      admin.enrollment.respondToOffer({ entryId: third.entryId, accept: true }),
      "CONFLICT",
      "There is no open offer for this person",
      "entryId",
    );
  });

  it("an expired offer is refused, and the seat passes to the next person waiting", async () => {
    const { cohort, seated, queue } = await fullCohortWithWaitlist(2);
    const [first, second] = queue;
    if (!first || !second) throw new Error("waitlist not made");
    await admin.enrollment.end({
      enrollmentId: seated.enrollmentId,
      to: "WITHDREW",
      effectiveOn: TODAY(),
      reason: "Work shifts",
    });
    await db().waitlistEntry.update({ where: { id: first.entryId }, data: { offerExpiresAt: new Date(Date.now() - 60_000) } });

    await expectRefusal(
      admin.enrollment.respondToOffer({ entryId: first.entryId, accept: true }),
      "BAD_REQUEST",
      "This offer has expired; the seat goes to the next person waiting",
      "entryId",
    );
    expect((await entry(first.entryId)).status).toBe("EXPIRED");
    expect((await entry(second.entryId)).status).toBe("OFFERED");
    await admin.enrollment.respondToOffer({ entryId: second.entryId, accept: true });
    expect(await admin.enrollment.roster({ cohortId: cohort.id })).toMatchObject({ enrolled: 1, heldForOffers: 0 });
    expect(await db().enrollment.count({ where: { cohortId: cohort.id, memberId: first.memberId } })).toBe(0);
  });

  it("an offer found expired when the waitlist is read passes its seat to the next person", async () => {
    const { cohort, seated, queue } = await fullCohortWithWaitlist(2);
    const [first, second] = queue;
    if (!first || !second) throw new Error("waitlist not made");
    await admin.enrollment.end({ enrollmentId: seated.enrollmentId, to: "WITHDREW", effectiveOn: TODAY(), reason: "Ill" });
    await db().waitlistEntry.update({ where: { id: first.entryId }, data: { offerExpiresAt: new Date(Date.now() - 60_000) } });

    expect((await admin.enrollment.waitlist({ cohortId: cohort.id })).map((e) => [e.member.id, e.status])).toEqual([
      [second.memberId, "OFFERED"],
    ]);
    expect((await entry(first.entryId)).status).toBe("EXPIRED");
  });

  it("seats held for outstanding offers count against capacity for everyone else", async () => {
    const { cohort, seated, queue } = await fullCohortWithWaitlist(1);
    const [first] = queue;
    if (!first) throw new Error("waitlist not made");
    await admin.enrollment.end({ enrollmentId: seated.enrollmentId, to: "WITHDREW", effectiveOn: TODAY(), reason: "Moved" });
    const walkIn = await makeConsentingMember(admin, db(), program);
    const name = await nameOf(walkIn.memberId);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: walkIn.memberId }),
      "BAD_REQUEST",
      `${cohort.name} is full: 0 of 1 seats taken (1 held for waitlist offers); add ${name} to the waitlist`,
      "cohortId",
    );
    // the person offered the seat can take it
    await admin.enrollment.respondToOffer({ entryId: first.entryId, accept: true });
    expect((await admin.enrollment.roster({ cohortId: cohort.id })).enrolled).toBe(1);
  });

  it("a completed enrollment, or one ended after the lock, offers no seat", async () => {
    const cohort = await smallCohort(program, { capacity: 1, daysAgo: 0 });
    const seated = await enrollNew(program, cohort.id);
    await holdSession(lead, db(), cohort.id, 1);
    const late = await makeWaitlistedMember(admin, db(), program, cohort.id);
    expect(
      await admin.enrollment.end({ enrollmentId: seated.enrollmentId, to: "WITHDREW", effectiveOn: TODAY(), reason: "Left" }),
    ).toMatchObject({ offeredTo: 0 });
    // no one waits for a locked cohort: the late applicant was placed on another cohort's list
    expect((await entry(late.entryId)).cohortId).not.toBe(cohort.id);

    const { seated: finisher, queue } = await fullCohortWithWaitlist(1);
    expect(
      await admin.enrollment.end({
        enrollmentId: finisher.enrollmentId,
        to: "COMPLETED",
        effectiveOn: TODAY(),
        reason: "Finished",
      }),
    ).toMatchObject({ offeredTo: 0 });
    expect((await entry(queue[0]?.entryId ?? "")).status).toBe("WAITING");
  });

  it("an accepted offer is still an enrollment: a flagged applicant needs the risk acknowledged first", async () => {
    const screened = await makeProgramWithConsent(admin);
    const question = await admin.intake.addQuestion({
      programId: screened.id,
      question: {
        prompt: "Any recent crisis?",
        kind: "YES_NO",
        riskAnswers: ["yes"],
        riskLabel: "Recent crisis",
        required: false,
      },
    });
    const cohort = await smallCohort(screened, { capacity: 1 });
    const seated = await enrollNew(screened, cohort.id);
    const application = await recordApplication(admin, screened, {
      cohortId: cohort.id,
      answers: [{ questionId: question.id, value: true }],
    });
    await recordESignature(admin, db(), application.memberId, screened.id);
    await moveThrough(admin, application.id, "SCREENING", "WAITLISTED");
    const waiting = await db().waitlistEntry.findFirstOrThrow({ where: { applicationId: application.id } });
    await admin.enrollment.end({ enrollmentId: seated.enrollmentId, to: "WITHDREW", effectiveOn: TODAY(), reason: "Moved" });
    expect((await entry(waiting.id)).status).toBe("OFFERED");

    await expectRefusal(
      admin.enrollment.respondToOffer({ entryId: waiting.id, accept: true }),
      "BAD_REQUEST",
      "This person's application has a risk flag no one has acknowledged; acknowledge it before enrolling",
      "memberId",
    );
    expect((await entry(waiting.id)).status).toBe("OFFERED");
    expect((await admin.intake.get({ applicationId: application.id })).status).toBe("WAITLISTED");
    expect((await admin.enrollment.roster({ cohortId: cohort.id })).enrolled).toBe(0);

    await admin.intake.acknowledgeRisk({ applicationId: application.id, note: "Crisis resolved; has a safety plan" });
    await admin.enrollment.respondToOffer({ entryId: waiting.id, accept: true });
    expect((await admin.intake.get({ applicationId: application.id })).status).toBe("ACCEPTED");
  });

  it("removing someone from the waitlist keeps the reason; removing an offered person offers the next", async () => {
    const { cohort, seated, queue } = await fullCohortWithWaitlist(3);
    const [first, second, third] = queue;
    if (!first || !second || !third) throw new Error("waitlist not made");
    await admin.enrollment.removeFromWaitlist({ entryId: second.entryId, reason: "Found another group" });
    expect(await entry(second.entryId)).toMatchObject({ status: "REMOVED", note: "Found another group" });

    await admin.enrollment.end({ enrollmentId: seated.enrollmentId, to: "WITHDREW", effectiveOn: TODAY(), reason: "Moved" });
    expect((await entry(first.entryId)).status).toBe("OFFERED");
    await admin.enrollment.removeFromWaitlist({ entryId: first.entryId, reason: "Could not be reached" });
    expect((await admin.enrollment.waitlist({ cohortId: cohort.id })).map((e) => [e.member.id, e.status])).toEqual([
      [third.memberId, "OFFERED"],
    ]);
    await expectRefusal(
      admin.enrollment.removeFromWaitlist({ entryId: first.entryId, reason: "again" }),
      "CONFLICT",
      "This person is no longer waiting",
      "entryId",
    );
    expect(await db().auditEvent.count({ where: { entityId: first.entryId, action: "waitlist.remove", actorId: adminId } })).toBe(
      1,
    );
  });
});

describe("the waitlist after the enrollment lock", () => {
  it("rolls to the program's next planned or open cohort, after its own list, keeping everyone's order", async () => {
    const own = await makeProgramWithConsent(admin);
    const running = await smallCohort(own, { capacity: 1, daysAgo: 0 });
    const next = await smallCohort(own, { capacity: 2, startDate: addDays(todayIn("America/Chicago"), 60) });
    const later = await smallCohort(own, { capacity: 2, startDate: addDays(todayIn("America/Chicago"), 120) });
    await admin.cohorts.changeStatus({ cohortId: next.id, status: "OPEN_FOR_INTAKE", reason: "Intake opens" });

    const seated = await enrollNew(own, running.id);
    const [first, second] = [
      await makeWaitlistedMember(admin, db(), own, running.id),
      await makeWaitlistedMember(admin, db(), own, running.id),
    ];
    await admin.enrollment.end({ enrollmentId: seated.enrollmentId, to: "WITHDREW", effectiveOn: TODAY(), reason: "Moved" });
    expect((await entry(first.entryId)).status).toBe("OFFERED");
    await enrollNew(own, next.id);
    const alreadyWaiting = await makeWaitlistedMember(admin, db(), own, next.id);

    const held = await holdSession(lead, db(), running.id, 1);
    expect(held.waitlistMoved).toEqual({ movedTo: next.name, count: 2 });
    expect(await openWaitlist(db(), { cohortId: running.id })).toEqual([]);
    const moved = await openWaitlist(db(), { cohortId: next.id });
    expect(moved.map((e) => [e.memberId, e.position])).toEqual([
      [alreadyWaiting.memberId, 1],
      [first.memberId, 2],
      [second.memberId, 3],
    ]);
    // next has one free seat: offered to the first in its (new) order; the moved offer was reset
    expect(moved.map((e) => e.status)).toEqual(["OFFERED", "WAITING", "WAITING"]);
    expect(moved[1]).toMatchObject({ offeredAt: null, offerExpiresAt: null });
    expect(moved[1]?.note).toContain(`Moved from ${running.name} when its enrollment closed`);
    expect(await openWaitlist(db(), { cohortId: later.id })).toEqual([]);
  });

  it("waitlisting someone for a cohort past its lock places them on the program's next cohort instead, with the application", async () => {
    const own = await makeProgramWithConsent(admin);
    const running = await smallCohort(own, { capacity: 1, daysAgo: 0 });
    const next = await smallCohort(own, { capacity: 1, startDate: addDays(todayIn("America/Chicago"), 60) });
    await enrollNew(own, next.id);
    const late = await makeConsentingMember(admin, db(), own, { cohortId: running.id });
    await moveThrough(admin, late.applicationId, "SCREENING");
    await holdSession(lead, db(), running.id, 1);

    const moved = await admin.intake.move({ applicationId: late.applicationId, to: "WAITLISTED", reason: "Full" });
    expect(moved.waitlistedFor).toBe(next.name);
    expect(await openWaitlist(db(), { cohortId: running.id })).toEqual([]);
    const [waiting] = await openWaitlist(db(), { cohortId: next.id });
    expect(waiting).toMatchObject({ memberId: late.memberId, status: "WAITING", position: 1 });
    expect(waiting?.note).toContain(`Enrollment in ${running.name} had closed`);
    expect((await db().application.findUniqueOrThrow({ where: { id: late.applicationId } })).cohortId).toBe(next.id);
  });

  it("with no cohort coming, waitlisting for a locked cohort places them on the program's own list", async () => {
    const own = await makeProgramWithConsent(admin);
    const running = await smallCohort(own, { capacity: 1, daysAgo: 0 });
    const late = await makeConsentingMember(admin, db(), own, { cohortId: running.id });
    await moveThrough(admin, late.applicationId, "SCREENING");
    await holdSession(lead, db(), running.id, 1);

    const moved = await admin.intake.move({ applicationId: late.applicationId, to: "WAITLISTED", reason: "Full" });
    expect(moved.waitlistedFor).toBe("the program waitlist");
    expect((await openWaitlist(db(), { cohortId: null, programId: own.id })).map((e) => e.memberId)).toEqual([late.memberId]);
  });

  it("rolls to the program's own list when no cohort is coming, and only when the lock session is held", async () => {
    const own = await makeProgramWithConsent(admin, { joinUntilSession: 2 });
    const running = await smallCohort(own, { capacity: 1, daysAgo: 7 });
    await enrollNew(own, running.id);
    const programLevel = await makeWaitlistedMember(admin, db(), own, null);
    const [first, second] = [
      await makeWaitlistedMember(admin, db(), own, running.id),
      await makeWaitlistedMember(admin, db(), own, running.id),
    ];

    expect((await holdSession(lead, db(), running.id, 1)).waitlistMoved).toBeNull();
    expect((await openWaitlist(db(), { cohortId: running.id })).map((e) => e.memberId)).toEqual([
      first.memberId,
      second.memberId,
    ]);

    expect((await holdSession(lead, db(), running.id, 2)).waitlistMoved).toEqual({ movedTo: "the program waitlist", count: 2 });
    expect(await openWaitlist(db(), { cohortId: running.id })).toEqual([]);
    expect(
      (await openWaitlist(db(), { cohortId: null, programId: own.id })).map((e) => [e.memberId, e.position, e.status]),
    ).toEqual([
      [programLevel.memberId, 1, "WAITING"],
      [first.memberId, 2, "WAITING"],
      [second.memberId, 3, "WAITING"],
    ]);
  });
});

describe("the last seat", () => {
  it.each([1, 2, 3])("round %i: parallel enrollments into the last seat, exactly one succeeds", async () => {
    const cohort = await smallCohort(program, { capacity: 3 });
    await enrollNew(program, cohort.id);
    await enrollNew(program, cohort.id);
    const contenders = [];
    for (let i = 0; i < 4; i++) contenders.push(await makeConsentingMember(admin, db(), program));

    const results = await Promise.allSettled(
      contenders.map((c) => admin.enrollment.enroll({ cohortId: cohort.id, memberId: c.memberId })),
    );
    const succeeded = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(3);
    for (const error of refused) {
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      expect(String(error.message)).toMatch(new RegExp(`^${cohort.name} is full: 3 of 3 seats taken; add .+ to the waitlist$`));
    }
    const roster = await admin.enrollment.roster({ cohortId: cohort.id });
    expect(roster).toMatchObject({ capacity: 3, enrolled: 3, seatsLeft: 0 });
    expect(await db().enrollment.count({ where: { cohortId: cohort.id, status: "ENROLLED" } })).toBe(3);
  });
});

describe("direct enrollment keeps intake's promises", () => {
  it("refuses a person whose risk flag no one has acknowledged, and enrolls them once it is", async () => {
    const question = await admin.intake.addQuestion({
      programId: program.id,
      question: {
        prompt: `Thoughts of self-harm? (${Date.now()})`,
        kind: "YES_NO",
        riskAnswers: ["yes"],
        riskLabel: "Self-harm",
        required: false,
      },
    });
    const cohort = await smallCohort(program, { capacity: 5 });
    const application = await recordApplication(admin, program, {
      cohortId: cohort.id,
      answers: [{ questionId: question.id, value: true }],
    });
    await recordESignature(admin, db(), application.memberId, program.id);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: application.memberId }),
      "BAD_REQUEST",
      "This person's application has a risk flag no one has acknowledged; acknowledge it before enrolling",
      "memberId",
    );
    await admin.intake.acknowledgeRisk({ applicationId: application.id, note: "Safety plan agreed with their therapist" });
    await expect(admin.enrollment.enroll({ cohortId: cohort.id, memberId: application.memberId })).resolves.toMatchObject({
      status: "ENROLLED",
    });
    await admin.intake.archiveQuestion({ questionId: question.id });
  });

  it("lets a person take the seat held for them by an offer, and closes their place on the waitlist", async () => {
    const cohort = await smallCohort(program, { capacity: 1 });
    const first = await enrollNew(program, cohort.id);
    const waiting = await makeWaitlistedMember(admin, db(), program, cohort.id);
    await admin.enrollment.end({ enrollmentId: first.enrollmentId, to: "WITHDREW", effectiveOn: TODAY(), reason: "Moved away" });
    expect((await entry(waiting.entryId)).status).toBe("OFFERED");
    // enrolled directly (not through respondToOffer): the seat held for them is theirs
    await expect(admin.enrollment.enroll({ cohortId: cohort.id, memberId: waiting.memberId })).resolves.toMatchObject({
      status: "ENROLLED",
    });
    expect((await entry(waiting.entryId)).status).toBe("ACCEPTED");
    expect(await openWaitlist(db(), { cohortId: cohort.id })).toHaveLength(0);
  });
});
