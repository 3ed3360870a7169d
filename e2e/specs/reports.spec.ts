import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, trpc } from "../fixtures.ts";
import { arrangeClosedCohort } from "./support/closed-cohort.ts";

// A staff member answers a funder: this quarter's attendance for one program, on screen, as a
// CSV whose rows are the table's, and as a print-ready page.

const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3)}`;

// WCAG A and AA rules over the page's content (the app frame is checked by the label specs).
async function expectNoSeriousViolations(page: Page, content = "main") {
  const { violations } = await new AxeBuilder({ page }).include(content).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))).toEqual([]);
}

test("staff run the attendance report for a quarter, filter by program, download the CSV and open the print view", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  test.setTimeout(240_000);
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR");
  const counted = await arrangeClosedCohort(adminApi, `${marker}a`, lead.id);
  const other = await arrangeClosedCohort(adminApi, `${marker}b`, lead.id);
  for (const cohort of [counted, other]) {
    const sessions = await trpc<{ id: string; number: number }[]>(
      adminApi,
      "sessions.forCohort",
      { cohortId: cohort.cohortId },
      "query",
    );
    const first = sessions.find((s) => s.number === 1);
    if (!first) throw new Error("the cohort has no first session");
    await trpc(adminApi, "sessions.markHeld", { sessionId: first.id });
  }
  const staff = await createAccount("STAFF");
  await signInAs(staff);

  await page.getByRole("navigation", { name: /main/i }).getByRole("link", { name: "Reports" }).click();
  // The first report loads its code and two aggregates: give a busy CI machine time.
  await expect(page.getByRole("heading", { level: 1, name: "Attendance" })).toBeVisible({ timeout: 20_000 });

  // The quarter the cohorts' first session fell in (three days ago).
  const firstSession = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  const today = new Date().toISOString().slice(0, 10);
  await page.getByRole("button", { name: "Periods" }).click();
  await page
    .getByRole("menuitem", { name: quarterOf(firstSession) === quarterOf(today) ? "This quarter" : "Last quarter" })
    .click();
  await page.getByLabel("Program").selectOption({ label: counted.programName });
  await expect(page).toHaveURL(new RegExp(`programId=${counted.programId}`));

  const table = page.getByRole("table", { name: "Attendance per cohort" });
  await expect(table.getByRole("row")).toHaveCount(2, { timeout: 20_000 });
  const row = table.getByRole("row").nth(1);
  await expect(row.getByRole("cell").first()).toHaveText(counted.cohortName);
  const cells = await row.getByRole("cell").allInnerTexts();
  await expectNoSeriousViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^attendance-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const [header, line, total, ...rest] = csv.slice(1).trimEnd().split(/\r?\n/);
  expect(header?.split(",").slice(0, 2)).toEqual(["Cohort", "Program"]);
  expect(rest).toEqual([]);
  const fields = line?.split(",") ?? [];
  // The CSV carries the table's figures: cohort, program, then from "Scheduled" on (the table's
  // 4th column) the same numbers; the table shows the group type under the program's name.
  expect(fields[0]).toBe(cells[0]);
  expect(cells[1]).toContain(fields[1] as string);
  expect(fields.slice(5, 13)).toEqual(cells.slice(3, 11));
  expect(fields[6]).toBe("1");
  expect(total?.startsWith("All cohorts,")).toBe(true);

  await page.getByRole("link", { name: "Print view" }).click();
  await expect(page).toHaveURL(/\/print\/attendance\?/);
  await expect(page.getByRole("heading", { level: 1, name: "Attendance" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Filters" })).toContainText(`Program: ${counted.programName}`);
  await expect(page.getByText(/^Produced /)).toBeVisible();
  await expect(page.getByRole("table", { name: "Attendance per cohort" }).getByRole("row")).toHaveCount(2);
  await expectNoSeriousViolations(page, ".report-print");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", landscape: true });
  expect(pdf.byteLength).toBeGreaterThan(1000);

  // The drill-down: a cohort's name opens its members × sessions grid.
  await page.emulateMedia({ media: "screen" });
  await page.goBack();
  await page.getByRole("table", { name: "Attendance per cohort" }).getByRole("link", { name: counted.cohortName }).click();
  await expect(page).toHaveURL(new RegExp(`/cohorts/${counted.cohortId}/progress$`));
  await expect(page.getByRole("heading", { name: "Members and sessions" })).toBeVisible();
  await expect(page.getByText("Sessions held", { exact: true })).toBeVisible();
});

test("the participation, intake and referral reports have no serious accessibility violations", async ({ page, signInAs }) => {
  test.setTimeout(240_000);
  await signInAs("admin");
  for (const path of ["/reports/participation?byLanguage=true", "/reports/intake", "/reports/referrals"]) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 20_000 });
      await expect(
        page
          .getByLabel(/in the period/)
          .or(page.getByText(/Nobody|No application|No referral/))
          .first(),
      ).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  }
});
