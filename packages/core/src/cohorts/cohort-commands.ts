import type { Db, Prisma } from "@circle/db";
import type {
  ChangeCohortStatusInput,
  ConfirmGoInput,
  CreateCohortInput,
  SetFacilitatorsInput,
  UpdateCohortInput,
} from "@circle/validators";
import type { Actor } from "../actor.ts";
import { settleCompletionWithin } from "../attendance/settle-completion.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { planWeeklySessions } from "../sessions/schedule.ts";
import { lockRow } from "../transactions/lock-rows.ts";
import { offerFreeSeats } from "../waitlist/waitlist.ts";
import { assertCohortTransition } from "./cohort-status.ts";
import { assertFacilitatorsAllowed, facilitatorRows } from "./facilitators.ts";

type Tx = Prisma.TransactionClient;

async function programOrThrow(db: Db | Tx, programId: string) {
  const program = await db.program.findUnique({
    where: { id: programId },
    include: { modules: { orderBy: { position: "asc" }, select: { id: true, title: true, position: true } } },
  });
  if (!program) throw AppError.invalid("programId", "That program does not exist");
  return program;
}

/** What creating the cohort would generate, shown before saving. */
export async function previewCohortSessions(
  db: Db,
  input: { programId: string; startDate: string; weekday: number; startTime: string; timeZone: string; skipDates: string[] },
) {
  const program = await programOrThrow(db, input.programId);
  const sessions = planWeeklySessions({ ...input, count: program.sessionCount });
  return sessions.map((s) => ({
    ...s,
    durationMinutes: program.sessionLengthMinutes,
    module: program.modules[s.number - 1] ?? null,
  }));
}

/** Creates a cohort from a program, with its facilitators and all its sessions, at once. */
export async function createCohort(db: Db, actor: Actor, input: CreateCohortInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const program = await programOrThrow(tx, input.programId);
    if (program.archivedAt) throw AppError.invalid("programId", "This program is archived; restore it to run new cohorts");
    const capacity = input.capacity ?? program.defaultCapacity;
    const minimumEnrollment = input.minimumEnrollment ?? program.minimumEnrollment;
    if (minimumEnrollment > capacity)
      throw AppError.invalid("minimumEnrollment", "Minimum enrollment cannot exceed the capacity");
    if (program.delivery !== "ONLINE" && !input.location) throw AppError.invalid("location", "Enter where the group meets");
    if (program.delivery !== "IN_PERSON" && !input.meetingUrl) throw AppError.invalid("meetingUrl", "Enter the meeting link");
    await assertFacilitatorsAllowed(tx, program, input.facilitators);

    const planned = planWeeklySessions({ ...input, count: program.sessionCount });
    const first = planned[0];
    if (!first) throw AppError.invalid("startDate", "No session could be scheduled");
    const cohort = await tx.cohort.create({
      data: {
        programId: program.id,
        name: input.name,
        startDate: new Date(`${first.localDate}T00:00:00Z`),
        weekday: input.weekday,
        startTime: input.startTime,
        timeZone: input.timeZone,
        location: input.location ?? null,
        meetingUrl: input.meetingUrl ?? null,
        capacity,
        minimumEnrollment,
        joinUntilSession: program.joinUntilSession,
        facilitators: { create: facilitatorRows(input.facilitators) },
        createdAt: now,
        statusChanges: { create: { toStatus: "PLANNED", reason: "Cohort created", changedById: actor.userId, changedAt: now } },
        sessions: {
          create: planned.map((s) => ({
            number: s.number,
            startsAt: s.startsAt,
            durationMinutes: program.sessionLengthMinutes,
            moduleId: program.modules[s.number - 1]?.id ?? null,
          })),
        },
      },
    });
    await recordAudit(tx, actor, {
      action: "cohort.create",
      entityType: "Cohort",
      entityId: cohort.id,
      details: { sessions: planned.length },
      at: now,
    });
    return cohort;
  });
}

export async function updateCohortDetails(db: Db, actor: Actor, { cohortId, ...input }: UpdateCohortInput) {
  return db.$transaction(async (tx) => {
    // Locked like an enrollment locks it: a capacity is never lowered under a seat being taken.
    if (!(await lockRow(tx, "Cohort", cohortId))) throw AppError.notFound("Cohort");
    const cohort = await tx.cohort.findUnique({
      where: { id: cohortId },
      select: {
        capacity: true,
        minimumEnrollment: true,
        location: true,
        meetingUrl: true,
        program: { select: { delivery: true } },
        _count: { select: { enrollments: { where: { status: "ENROLLED" } } } },
      },
    });
    if (!cohort) throw AppError.notFound("Cohort");
    const capacity = input.capacity ?? cohort.capacity;
    const minimumEnrollment = input.minimumEnrollment ?? cohort.minimumEnrollment;
    // A field left out keeps its saved value; clearing it takes an explicit null or "".
    const location = input.location === undefined ? cohort.location : input.location;
    const meetingUrl = input.meetingUrl === undefined ? cohort.meetingUrl : input.meetingUrl;
    if (cohort.program.delivery !== "ONLINE" && !location) throw AppError.invalid("location", "Enter where the group meets");
    if (cohort.program.delivery !== "IN_PERSON" && !meetingUrl) throw AppError.invalid("meetingUrl", "Enter the meeting link");
    if (capacity < cohort._count.enrollments) {
      throw AppError.invalid("capacity", `${cohort._count.enrollments} members are enrolled; capacity cannot be lower`);
    }
    if (minimumEnrollment > capacity)
      throw AppError.invalid("minimumEnrollment", "Minimum enrollment cannot exceed the capacity");
    const updated = await tx.cohort.update({
      where: { id: cohortId },
      data: {
        name: input.name,
        location,
        meetingUrl,
        capacity,
        minimumEnrollment,
      },
    });
    // New seats go to the people waiting first, in order, before anyone can be enrolled ahead of them.
    const offered = capacity > cohort.capacity ? await offerFreeSeats(tx, cohortId) : [];
    await recordAudit(tx, actor, {
      action: "cohort.update",
      entityType: "Cohort",
      entityId: cohortId,
      details: offered.length ? { offeredSeats: offered.length } : undefined,
    });
    return { ...updated, offeredSeats: offered.length };
  });
}

export async function setCohortFacilitators(db: Db, actor: Actor, { cohortId, facilitators: choice }: SetFacilitatorsInput) {
  return db.$transaction(async (tx) => {
    // Two changes of the team at once replace it one after the other, never mixed.
    if (!(await lockRow(tx, "Cohort", cohortId))) throw AppError.notFound("Cohort");
    const cohort = await tx.cohort.findUnique({ where: { id: cohortId }, include: { program: true } });
    if (!cohort) throw AppError.notFound("Cohort");
    await assertFacilitatorsAllowed(tx, cohort.program, choice);
    await tx.cohortFacilitator.deleteMany({ where: { cohortId } });
    await tx.cohortFacilitator.createMany({ data: facilitatorRows(choice).map((row) => ({ ...row, cohortId })) });
    await recordAudit(tx, actor, {
      action: "cohort.set_facilitators",
      entityType: "Cohort",
      entityId: cohortId,
      details: { ...choice },
    });
    return { cohortId };
  });
}

/** Moves a cohort along an allowed transition, keeping who, when and why. */
export async function changeCohortStatus(
  db: Db,
  actor: Actor,
  { cohortId, status: to, reason }: ChangeCohortStatusInput,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    // Lock the row: two admins changing status at once must not both succeed from one state.
    if (!(await lockRow(tx, "Cohort", cohortId))) throw AppError.notFound("Cohort");
    const locked = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { status: true } });
    assertCohortTransition(locked.status, to);
    if (to === "COMPLETED") {
      const open = await tx.session.count({ where: { cohortId, status: "SCHEDULED" } });
      if (open > 0) throw AppError.invalid("status", `${open} sessions are still scheduled; hold or cancel them first`);
    }
    await tx.cohort.update({ where: { id: cohortId }, data: { status: to } });
    await tx.cohortStatusChange.create({
      data: { cohortId, fromStatus: locked.status, toStatus: to, reason, changedById: actor.userId, changedAt: now },
    });
    // Each open enrollment ends completed or not, by the program's completion rule.
    if (to === "COMPLETED") await settleCompletionWithin(tx, actor, cohortId, now);
    await recordAudit(tx, actor, {
      action: "cohort.change_status",
      entityType: "Cohort",
      entityId: cohortId,
      details: { from: locked.status, to },
      at: now,
    });
    return { cohortId, status: to };
  });
}

/** The go decision for an at-risk cohort: it runs as planned and leaves the at-risk list. */
export async function confirmCohortGo(db: Db, actor: Actor, { cohortId, reason }: ConfirmGoInput) {
  return db.$transaction(async (tx) => {
    // Its status is read under the lock a status change takes.
    if (!(await lockRow(tx, "Cohort", cohortId))) throw AppError.notFound("Cohort");
    const cohort = await tx.cohort.findUnique({ where: { id: cohortId }, select: { status: true } });
    if (!cohort) throw AppError.notFound("Cohort");
    if (cohort.status !== "PLANNED" && cohort.status !== "OPEN_FOR_INTAKE") {
      throw AppError.invalid("status", "Only a cohort that has not started needs a go decision");
    }
    await tx.cohort.update({ where: { id: cohortId }, data: { goConfirmedAt: new Date(), goConfirmedById: actor.userId } });
    await recordAudit(tx, actor, { action: "cohort.confirm_go", entityType: "Cohort", entityId: cohortId, details: { reason } });
    return { cohortId };
  });
}
