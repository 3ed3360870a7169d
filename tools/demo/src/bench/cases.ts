import type { Db } from "@circle/db";
import { LARGE_SIGN_INS } from "../large/organisation.ts";

export type Role = "admin" | "facilitator" | "staff";
/** How a case is judged: lists and detail pages, the fixed cost of a signed-in request, reports, exports. */
export type Kind = "read" | "write" | "session" | "report" | "export" | "sign-in" | "browser";

export interface Call {
  path: string;
  input?: unknown;
}

export interface Case {
  name: string;
  role: Role | null;
  kind: Kind;
  /** tRPC procedures, batched into one request as the dashboard's link does */
  calls?: Call[];
  /** one tRPC mutation, sent as the dashboard sends it (POST, same origin), its inputs in turn */
  mutation?: { path: string; inputs: unknown[] };
  /** a plain HTTP route (the CSV export, sign-in) */
  http?: { method: "GET" | "POST"; path: string };
}

/** The records the cases look at, picked from the seeded organisation. */
export async function pickTargets(db: Db) {
  const facilitator = await db.user.findUniqueOrThrow({ where: { email: LARGE_SIGN_INS.facilitator } });
  // The facilitator's running cohort with the most members (a busy Sessions tab and roster), or at
  // a small scale their fullest cohort.
  const cohorts = await db.cohort.findMany({
    where: { facilitators: { some: { userId: facilitator.id } }, enrollments: { some: {} } },
    select: { id: true, status: true, _count: { select: { enrollments: true } } },
  });
  const weight = (c: (typeof cohorts)[number]) => (c.status === "RUNNING" ? 1_000 : 0) + c._count.enrollments;
  const cohort = cohorts.sort((a, b) => weight(b) - weight(a))[0];
  if (!cohort) throw new Error("the seeded facilitator has no cohort with members");
  const program = await db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { programId: true } });
  // Four fifths of the way through the completed cohorts: where offset paging gets slow.
  const completed = await db.cohort.count({ where: { status: "COMPLETED" } });
  // Its latest held session: the attendance sheet a facilitator reopens most.
  const session = await db.session.findFirstOrThrow({
    where: { cohortId: cohort.id, status: "HELD", attendance: { some: {} } },
    orderBy: { startsAt: "desc" },
  });
  // The sheets the save case sends in turn: the latest held sessions of the facilitator's running
  // cohorts (up to one per client; a completed cohort's sheets are closed), so ten clients save
  // different sheets rather than queue on one session's lock. Each is sent as it was saved: saving
  // it again runs the whole command (lock, compare, write) without growing the correction history.
  const running = cohorts.filter((c) => c.status === "RUNNING").map((c) => c.id);
  const latest = await db.session.findMany({
    where: { cohortId: { in: running.length ? running : [cohort.id] }, status: "HELD", attendance: { some: {} } },
    orderBy: { startsAt: "desc" },
    take: 10,
    select: { id: true },
  });
  const sheets = await Promise.all(
    latest.map(async ({ id }) => ({
      sessionId: id,
      marks: await db.attendanceRecord.findMany({
        where: { sessionId: id },
        select: { memberId: true, status: true, note: true },
        orderBy: { memberId: "asc" },
      }),
    })),
  );
  return {
    cohortId: cohort.id,
    sessionId: session.id,
    sheets,
    programId: program.programId,
    deepPage: Math.max(1, Math.ceil((completed * 0.8) / 25)),
  };
}

const DAY = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export function benchCases(
  { cohortId, sessionId, sheets, programId, deepPage }: Awaited<ReturnType<typeof pickTargets>>,
  today = new Date(),
): Case[] {
  const yearAgo = isoDate(new Date(today.getTime() - 365 * DAY));
  const year = { from: yearAgo, to: isoDate(today) };
  const list = { page: 1, pageSize: 25 } as const;
  return [
    { name: "auth.me (signed-in fixed cost)", role: "admin", kind: "session", calls: [{ path: "auth.me" }] },
    {
      name: "sign-in",
      role: null,
      kind: "sign-in",
      http: { method: "POST", path: "/trpc/auth.signIn" },
    },
    // Each home: the batch its cards send once the sign-in gate (auth.me and the organisation's
    // zone, one batch: the "auth.me" case) has answered, as the dashboard sends it.
    {
      name: "home (admin)",
      role: "admin",
      kind: "read",
      calls: [
        { path: "setup.gettingStarted" },
        { path: "referrals.home" },
        { path: "settings.get" },
        { path: "cohorts.atRisk" },
        { path: "intake.waiting" },
        { path: "users.counts" },
        { path: "reports.savedViews" },
        { path: "auth.profile" },
      ],
    },
    {
      name: "home (facilitator)",
      role: "facilitator",
      kind: "read",
      calls: [
        { path: "referrals.home" },
        { path: "attendance.home", input: { from: today } },
        { path: "sessions.mine", input: { from: today } },
        { path: "intake.myInterviews", input: { from: today, to: new Date(today.getTime() + 7 * DAY) } },
        { path: "consent.awaitingInMyCohorts" },
        { path: "reports.savedViews" },
        { path: "auth.profile" },
      ],
    },
    {
      name: "home (staff)",
      role: "staff",
      kind: "read",
      calls: [{ path: "reports.savedViews" }, { path: "auth.profile" }],
    },
    {
      name: "cohorts.list (filtered)",
      role: "admin",
      kind: "read",
      calls: [{ path: "cohorts.list", input: { ...list, sort: "startDate", desc: true, programId } }],
    },
    {
      name: "cohorts.list (deep page)",
      role: "admin",
      kind: "read",
      calls: [{ path: "cohorts.list", input: { page: deepPage, pageSize: 25, sort: "startDate", status: "COMPLETED" } }],
    },
    {
      name: "cohorts.list (facilitator)",
      role: "facilitator",
      kind: "read",
      calls: [{ path: "cohorts.list", input: { ...list, sort: "startDate" } }],
    },
    { name: "cohorts.get", role: "facilitator", kind: "read", calls: [{ path: "cohorts.get", input: { cohortId } }] },
    {
      name: "sessions.forCohort",
      role: "facilitator",
      kind: "read",
      calls: [{ path: "sessions.forCohort", input: { cohortId } }],
    },
    { name: "enrollment.roster", role: "facilitator", kind: "read", calls: [{ path: "enrollment.roster", input: { cohortId } }] },
    { name: "attendance.sheet", role: "facilitator", kind: "read", calls: [{ path: "attendance.sheet", input: { sessionId } }] },
    {
      name: `attendance.record (${sheets.length} sheets of ${Math.min(...sheets.map((s) => s.marks.length))}–${Math.max(...sheets.map((s) => s.marks.length))} members)`,
      role: "facilitator",
      kind: "write",
      mutation: { path: "attendance.record", inputs: sheets },
    },
    {
      name: "attendance.cohortProgress",
      role: "facilitator",
      kind: "read",
      calls: [{ path: "attendance.cohortProgress", input: { cohortId } }],
    },
    {
      name: "referrals.list (open)",
      role: "admin",
      kind: "read",
      calls: [{ path: "referrals.list", input: { ...list, sort: "followUpOn", status: "OPEN" } }],
    },
    { name: "sessions.week", role: "admin", kind: "read", calls: [{ path: "sessions.week", input: { weekOf: isoDate(today) } }] },
    {
      name: "intake.queue",
      role: "admin",
      kind: "read",
      calls: [{ path: "intake.queue", input: { ...list, sort: "submittedAt", status: "OPEN" } }],
    },
    {
      name: "members.list (search)",
      role: "admin",
      kind: "read",
      calls: [{ path: "members.list", input: { ...list, sort: "lastName", q: "an" } }],
    },
    { name: "reports.attendance (year)", role: "admin", kind: "report", calls: [{ path: "reports.attendance", input: year }] },
    {
      name: "attendance CSV (year)",
      role: "admin",
      kind: "export",
      http: { method: "GET", path: `/exports/attendance.csv?from=${year.from}&to=${year.to}` },
    },
  ];
}

// superjson's wire form for the few inputs the cases use: plain JSON, Dates marked as such.
function superjson(value: unknown): { json: unknown; meta?: { values: Record<string, [string]> } } {
  if (value === undefined) return { json: undefined };
  const dates = Object.entries(value as Record<string, unknown>).filter(([, v]) => v instanceof Date);
  return dates.length
    ? { json: value, meta: { values: Object.fromEntries(dates.map(([k]) => [k, ["Date"] as [string]])) } }
    : { json: value };
}

/** The URL the dashboard's batch link asks for these procedures. */
export function trpcPath(calls: Call[]): string {
  if (calls.length === 1 && calls[0]) {
    const [call] = calls;
    return `/trpc/${call.path}${call.input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(superjson(call.input)))}`}`;
  }
  const input = Object.fromEntries(calls.map((c, i) => [i, superjson(c.input)]));
  return `/trpc/${calls.map((c) => c.path).join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
}
