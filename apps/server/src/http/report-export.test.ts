import { startSession } from "@circle/auth";
import { createDb, type DbHandle, readDbEnv } from "@circle/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The api package's test fixtures: the same real database and procedures the router tests use.
import { type Harness, openHarness } from "../../../../packages/api/src/testing/harness.ts";
import {
  buildReportOrganisation,
  QUARTER,
  type ReportOrganisation,
} from "../../../../packages/api/src/testing/report-organisation.ts";
import { readServerEnv } from "../env.ts";
import { buildApp } from "./app.ts";

let h: Harness;
let app: FastifyInstance;
let org: ReportOrganisation;
const cookies: Record<"staff" | "facilitatorAB", string> = { staff: "", facilitatorAB: "" };
const ids: Record<"staff" | "facilitatorAB", string> = { staff: "", facilitatorAB: "" };

async function cookieFor(userId: string) {
  const { token } = await startSession(h.services.db, userId, h.services.sessionPolicy);
  return `circle_session=${token}`;
}

beforeAll(async () => {
  h = await openHarness();
  app = await buildApp({ services: h.services, env: readServerEnv({ LOG_LEVEL: "silent" }) });
  const staff = await h.signedIn("STAFF");
  const ab = await h.signedIn("FACILITATOR");
  const c = await h.signedIn("FACILITATOR");
  org = await buildReportOrganisation(h.services.db, { ofAB: ab.user, ofC: c.user });
  ids.staff = staff.user.id;
  ids.facilitatorAB = ab.user.id;
  cookies.staff = await cookieFor(staff.user.id);
  cookies.facilitatorAB = await cookieFor(ab.user.id);
});
afterAll(async () => {
  await app.close();
  await h.close();
});

const url = (report: string, filters: Record<string, string> = {}) =>
  `/exports/${report}.csv?${new URLSearchParams({ ...QUARTER, ...filters })}`;
const download = (path: string, cookie = cookies.staff, headers: Record<string, string> = {}) =>
  app.inject({ method: "GET", url: path, headers: { cookie, ...headers } });
const lines = (body: string) =>
  body
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .join("\n")
    .split("\n");

describe("report exports", () => {
  it("sends the attendance report as CSV with a BOM, one header row, ISO dates, and the rows of the report", async () => {
    const response = await download(url("attendance"));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="attendance-2026-01-01-to-2026-03-31.csv"');
    expect(response.body.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = lines(response.body);
    expect(header).toBe(
      "Cohort,Program,Group type,Delivery,Cohort start,Sessions scheduled,Sessions held,Sessions cancelled," +
        "Present,Late,Left early,Excused,Absent,Attendance rate (%),Unique members attending,Participant-hours",
    );
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^Cohort A .*,Grief support .*,Support,In person,2026-01-05,4,3,1,5,1,1,1,2,77.8,3,10.5$/);
    expect(rows[3]).toBe("All cohorts,,,,,8,7,1,10,1,1,2,4,75,6,17");

    const audit = await h.services.db.auditEvent.findFirstOrThrow({
      where: { action: "report.export", actorId: ids.staff },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({ entityType: "Report", entityId: "attendance" });
    expect(audit.details).toEqual({ filters: QUARTER, rows: 4, complete: true });
  });

  it("exports the participation, intake and referral reports, total first, counts only", async () => {
    const participation = lines((await download(url("participation", { byLanguage: "true" }))).body);
    expect(participation[0]?.startsWith("Breakdown,Group,Group type,People served")).toBe(true);
    expect(participation[1]).toBe("Total,All programs,,6,3,1,1,1,1,8,75,25");
    // staff: each reason here is one person's, so they are counted together, never written out
    expect(participation).toContain("Reason for withdrawing,Other reasons (each fewer than 3),,,,,,1,,,,");
    expect(participation.join("\n")).not.toContain("Moved away");
    expect(participation.filter((l) => l.startsWith("Language,"))).toHaveLength(3);
    const intake = lines((await download(url("intake"))).body);
    expect(intake[1]).toBe("Total,All programs,5,4,2,2,2,1,1,0,0,1,1,3,8.2,,");
    expect(intake).toContain("Referral source,Self-referred,2,,,,,,,,,,,,,,");
    const referrals = lines((await download(url("referrals"))).body);
    expect(referrals[1]).toBe("Total,All referrals,4,2,1,1,1,1,2,1,6,9.2");
    expect(referrals).toContain("Reason closed unsuccessfully,Member refused,1,,,,,,,,,");
    expect(referrals.join("\n")).not.toContain("Private");
  });

  it("gives a facilitator only their cohorts, even when the filters name another's", async () => {
    const own = lines((await download(url("attendance"), cookies.facilitatorAB)).body);
    expect(own.slice(1).map((l) => l.split(",")[0])).toEqual([
      expect.stringMatching(/^Cohort B/),
      expect.stringMatching(/^Cohort A/),
      "All cohorts",
    ]);
    const foreign = lines((await download(url("attendance", { cohortId: org.cohortC.id }), cookies.facilitatorAB)).body);
    expect(foreign.slice(1)).toEqual(["All cohorts,,,,,0,0,0,0,0,0,0,0,,0,0"]);
    const audit = await h.services.db.auditEvent.findFirstOrThrow({
      where: { action: "report.export", actorId: ids.facilitatorAB },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.details).toMatchObject({ filters: { cohortId: org.cohortC.id }, rows: 1 });
  });

  it("refuses the signed-out, bad filters (naming the field), unknown reports and cross-site downloads", async () => {
    expect((await download(url("attendance"), "")).statusCode).toBe(401);
    expect((await download(url("attendance"), "circle_session=forged")).statusCode).toBe(401);
    const bad = await download(url("attendance", { to: "2025-01-01" }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ fieldErrors: { to: expect.any(String) } });
    expect((await download(url("attendance", { programId: "1; DROP TABLE" }))).json()).toMatchObject({
      fieldErrors: { programId: expect.any(String) },
    });
    expect((await download(url("screening-answers"))).statusCode).toBe(404);
    expect((await download(url("attendance"), cookies.staff, { "sec-fetch-site": "cross-site" })).statusCode).toBe(403);
  });

  it("quotes commas, quotes and line breaks, and neutralises cells a spreadsheet would run as formulas", async () => {
    await h.services.db.cohort.update({
      where: { id: org.cohortA.id },
      data: { name: '=HYPERLINK("https://evil.example"), "x"\nline 2' },
    });
    await h.services.db.cohort.update({ where: { id: org.cohortB.id }, data: { name: "@SUM(A1:A9)" } });
    await h.services.db.cohort.update({ where: { id: org.cohortC.id }, data: { name: "\tTabbed" } });
    await h.services.db.program.update({ where: { id: org.support.id }, data: { name: "+1 support; -2" } });
    await h.services.db.program.update({ where: { id: org.therapy.id }, data: { name: "-therapy" } });
    const body = (await download(url("attendance"))).body;
    expect(body).toContain(`"'=HYPERLINK(""https://evil.example""), ""x""\nline 2",'+1 support; -2,`);
    expect(body).toContain("\n'@SUM(A1:A9),'+1 support; -2,");
    expect(body).toContain("\n'\tTabbed,'-therapy,");
  });
});

// With REPORTING_DATABASE_URL, reports and exports read from the replica; here the "replica" is
// a second, read-only connection to the same database, told apart by its application name.
describe.runIf(readDbEnv().DATABASE_URL)("reporting on a replica (PostgreSQL)", () => {
  let replica: DbHandle;
  let replicaApp: FastifyInstance;

  beforeAll(async () => {
    const [database] = await h.services.db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    const replicaUrl = new URL(readDbEnv().DATABASE_URL as string);
    replicaUrl.pathname = `/${database?.name}`;
    replicaUrl.searchParams.set("application_name", "circle_reporting");
    replicaUrl.searchParams.set("options", "-c default_transaction_read_only=on");
    replica = await createDb({ url: replicaUrl.toString(), migrate: false, poolSize: 1 });
    replicaApp = await buildApp({
      services: { ...h.services, reportingDb: replica.prisma },
      env: readServerEnv({ LOG_LEVEL: "silent" }),
    });
  });
  afterAll(async () => {
    await replicaApp.close();
    await replica.close();
  });

  const lastQueries = (application: string) =>
    h.services.db.$queryRaw<{ query: string }[]>`
      SELECT query FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${application}`;

  it("reads the export from the replica and writes its audit event on the primary", async () => {
    const response = await replicaApp.inject({ method: "GET", url: url("attendance"), headers: { cookie: cookies.staff } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("All cohorts,,,,,8,7,1,10,1,1,2,4,75,6,17");
    const [reporting] = await lastQueries("circle_reporting");
    expect(reporting?.query).toContain('FROM "Session"');
    const audits = await h.services.db.auditEvent.count({ where: { action: "report.export", actorId: ids.staff } });
    expect(audits).toBeGreaterThan(0);
  });

  it("answers the report screens from the replica too", async () => {
    await replica.prisma.$queryRaw`SELECT 'before the report' AS marker`;
    const input = encodeURIComponent(JSON.stringify({ json: QUARTER }));
    const response = await replicaApp.inject({
      method: "GET",
      url: `/trpc/reports.intake?input=${input}`,
      headers: { cookie: cookies.staff },
    });
    expect(response.statusCode).toBe(200);
    const [reporting] = await lastQueries("circle_reporting");
    expect(reporting?.query).toMatch(/"(Application|WaitlistEntry)"/);
  });
});
