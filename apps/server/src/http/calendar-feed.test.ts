import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The api package's test fixtures: the same real database and procedures the router tests use.
import { type Harness, openHarness } from "../../../../packages/api/src/testing/harness.ts";
import { newMember, recordApplication } from "../../../../packages/api/src/testing/intake.ts";
import {
  addDays,
  type Caller,
  localDateTime,
  makeCohort,
  makeProgram,
  storedSessions,
  todayIn,
} from "../../../../packages/api/src/testing/programs.ts";
import { readServerEnv } from "../env.ts";
import { buildApp } from "./app.ts";

// A half-hour offset zone that no server runs in: a feed that confuses local and UTC time shows.
const KOLKATA = "Asia/Kolkata";

let h: Harness;
let app: FastifyInstance;
let admin: Caller;
let fay: Caller;
let fayId: string;
let gus: Caller;
let gusId: string;
let faysCohort: { id: string; name: string };

beforeAll(async () => {
  h = await openHarness();
  app = await buildApp({ services: h.services, env: readServerEnv({ LOG_LEVEL: "silent" }) });
  ({ caller: admin } = await h.signedIn("ADMIN"));
  ({
    caller: fay,
    user: { id: fayId },
  } = await h.signedIn("FACILITATOR", { name: "Fay Fischer" }));
  ({
    caller: gus,
    user: { id: gusId },
  } = await h.signedIn("FACILITATOR", { name: "Gus Green" }));
  const program = await makeProgram(admin, { sessionCount: 4 });
  faysCohort = await makeCohort(admin, program, fayId, {
    name: "Fay's Thursday circle",
    timeZone: KOLKATA,
    startDate: addDays(todayIn(KOLKATA), 3),
  });
  await makeCohort(admin, program, gusId, { name: "Gus's Monday circle" });
  await makeCohort(admin, program, gusId, {
    name: "Shared Saturday circle",
    facilitators: { leadId: gusId, coFacilitatorIds: [fayId] },
  });
  const dropped = await makeCohort(admin, program, fayId, { name: "Dropped Friday circle" });
  await admin.cohorts.changeStatus({ cohortId: dropped.id, status: "CANCELLED", reason: "No sign-ups" });
});
afterAll(async () => {
  await app.close();
  await h.close();
});

const fetchFeed = (path: string) => app.inject({ method: "GET", url: path });
/** The calendar's text with folded lines joined back (RFC 5545 folds lines at 75 octets). */
const unfold = (body: string) => body.replace(/\r\n[ \t]/g, "");
const events = (body: string) =>
  unfold(body)
    .split("BEGIN:VEVENT")
    .slice(1)
    .map((e) => e.split("END:VEVENT")[0] ?? "");
const field = (event: string, name: string) =>
  event
    .split("\r\n")
    .find((line) => line.startsWith(name))
    ?.slice(name.length);

/** The instant a DTSTART/DTEND line stands for, whether written in UTC or with a TZID. */
function instantOf(line: string, cohortZone: string): string {
  const utc = line.match(/^:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  if (utc) return new Date(`${utc[1]}-${utc[2]}-${utc[3]}T${utc[4]}:${utc[5]}:${utc[6]}Z`).toISOString();
  const zoned = line.match(/^;TZID=([^:]+):(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})\d{2}$/);
  if (!zoned) throw new Error(`unexpected date line ${line}`);
  expect(zoned[1]).toBe(cohortZone);
  return `${zoned[2]}-${zoned[3]}-${zoned[4]} ${zoned[5]}:${zoned[6]} ${zoned[1]}`;
}

describe("GET /calendar/<token>.ics", () => {
  it("serves the facilitator's sessions, led or co-facilitated, and no one else's", async () => {
    const { path } = await fay.calendar.issue();
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const response = await fetchFeed(path);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/calendar/);
    expect(response.headers["cache-control"]).toMatch(/private/);
    const body = unfold(response.body);
    expect(body).toMatch(/^BEGIN:VCALENDAR/);
    expect(body).toContain("Fay Fischer");

    const summaries = events(response.body).map((e) => field(e, "SUMMARY:"));
    expect(summaries.filter((s) => s?.startsWith("Fay's Thursday circle"))).toEqual([
      "Fay's Thursday circle — session 1: Week 1",
      "Fay's Thursday circle — session 2: Week 2",
      "Fay's Thursday circle — session 3: Week 3",
      "Fay's Thursday circle — session 4: Week 4",
    ]);
    expect(summaries.filter((s) => s?.startsWith("Shared Saturday circle"))).toHaveLength(4);
    expect(summaries).toHaveLength(8);
    expect(body).not.toContain("Gus's Monday circle");
    expect(body).not.toContain("Dropped Friday circle");
  });

  it("puts each session at its real time, with its length", async () => {
    const { path } = await fay.calendar.issue();
    const body = (await fetchFeed(path)).body;
    const sessions = await storedSessions(h.services.db, faysCohort.id);
    for (const session of sessions) {
      const event = events(body).find((e) => field(e, "UID:") === `${session.id}@circle`);
      expect(event, `event for session ${session.number}`).toBeDefined();
      const start = instantOf(field(event ?? "", "DTSTART") ?? "", KOLKATA);
      const end = instantOf(field(event ?? "", "DTEND") ?? "", KOLKATA);
      const endsAt = new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);
      if (start.endsWith("Z")) {
        expect(start).toBe(session.startsAt.toISOString());
        expect(end).toBe(endsAt.toISOString());
      } else {
        expect(start).toBe(`${localDateTime(session.startsAt, KOLKATA)} ${KOLKATA}`);
        expect(end).toBe(`${localDateTime(endsAt, KOLKATA)} ${KOLKATA}`);
      }
    }
  });

  it("marks a cancelled session as cancelled", async () => {
    const [, second] = await storedSessions(h.services.db, faysCohort.id);
    await fay.sessions.cancel({ sessionId: second?.id ?? "", reason: "Holiday" });
    const { path } = await fay.calendar.issue();
    const event = events((await fetchFeed(path)).body).find((e) => field(e, "UID:") === `${second?.id}@circle`);
    expect(field(event ?? "", "STATUS:")).toBe("CANCELLED");
    expect(field(event ?? "", "SEQUENCE:")).toBe("1");
  });

  it("raises a session's SEQUENCE with every change, so a calendar that caches it takes the new time", async () => {
    const [, , third] = await storedSessions(h.services.db, faysCohort.id);
    const { path } = await fay.calendar.issue();
    const sequence = async () =>
      field(events((await fetchFeed(path)).body).find((e) => field(e, "UID:") === `${third?.id}@circle`) ?? "", "SEQUENCE:");
    expect(await sequence()).toBe("0");
    const day = localDateTime(third?.startsAt ?? new Date(), KOLKATA).slice(0, 10);
    await fay.sessions.reschedule({ sessionId: third?.id ?? "", date: day, time: "20:15", reason: "Room change" });
    expect(await sequence()).toBe("1");
    await fay.sessions.reschedule({ sessionId: third?.id ?? "", date: day, time: "20:45", reason: "Later still" });
    expect(await sequence()).toBe("2");
  });

  it("a new token or a revocation makes the old URL answer 404", async () => {
    const first = await gus.calendar.issue();
    expect((await fetchFeed(first.path)).statusCode).toBe(200);

    const second = await gus.calendar.issue();
    expect(second.path).not.toBe(first.path);
    expect((await fetchFeed(first.path)).statusCode).toBe(404);
    const current = await fetchFeed(second.path);
    expect(current.statusCode).toBe(200);
    expect(unfold(current.body)).toContain("Gus's Monday circle");
    expect(unfold(current.body)).not.toContain("Fay's Thursday circle");

    await gus.calendar.revoke();
    const revoked = await fetchFeed(second.path);
    expect(revoked.statusCode).toBe(404);
    expect(revoked.body).not.toContain("Gus's Monday circle");
  });

  it("a deactivated facilitator's feed answers 404", async () => {
    const { caller: leaving, user } = await h.signedIn("FACILITATOR", { name: "Lou Leaving" });
    const program = await makeProgram(admin, { sessionCount: 2 }, { modules: 0 });
    await makeCohort(admin, program, user.id, { name: "Lou's circle" });
    const { path } = await leaving.calendar.issue();
    expect((await fetchFeed(path)).statusCode).toBe(200);

    await admin.users.setActive({ userId: user.id, active: false });
    const response = await fetchFeed(path);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain("Lou's circle");
  });

  it("holds the pre-group interviews the facilitator holds, named by the cohort, never by the applicant", async () => {
    const program = await makeProgram(admin, { sessionCount: 2 }, { modules: 0 });
    const cohort = await makeCohort(admin, program, fayId, { name: "Fay's spring circle" });
    const application = await recordApplication(admin, program, {
      applicant: { newMember: newMember({ firstName: "Quinn", lastName: "Zephyrine" }) },
      cohortId: cohort.id,
    });
    const interviewAt = new Date(Date.now() + 3 * 86_400_000);
    await fay.intake.move({ applicationId: application.id, to: "SCREENING", reason: "Reading" });
    await fay.intake.move({
      applicationId: application.id,
      to: "INTERVIEW_SCHEDULED",
      reason: "Meet",
      interviewAt,
      interviewerId: fayId,
    });

    const { path } = await fay.calendar.issue();
    const body = (await fetchFeed(path)).body;
    const event = events(body).find((e) => field(e, "UID:") === `interview-${application.id}@circle`);
    expect(field(event ?? "", "SUMMARY:")).toBe("Pre-group interview — Fay's spring circle");
    // to the second: iCalendar has no milliseconds
    const toTheSecond = new Date(Math.floor(interviewAt.getTime() / 1000) * 1000).toISOString();
    expect(instantOf(field(event ?? "", "DTSTART") ?? "", "UTC")).toBe(toTheSecond);
    expect(unfold(body)).not.toContain("Quinn");
    expect(unfold(body)).not.toContain("Zephyrine");
    // not in another facilitator's feed
    const gusFeed = (await fetchFeed((await gus.calendar.issue()).path)).body;
    expect(unfold(gusFeed)).not.toContain("Fay's spring circle");
  });

  it("answers 404 for tokens that were never issued, whatever their shape", async () => {
    for (const path of [
      `/calendar/${"A".repeat(43)}.ics`,
      "/calendar/short.ics",
      `/calendar/${"A".repeat(42)}%2F.ics`,
      "/calendar/.ics",
    ]) {
      expect((await fetchFeed(path)).statusCode, path).toBe(404);
    }
  });
});
