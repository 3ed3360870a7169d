import { expect, test } from "../fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { arrangeTodaysCohort } from "./support/todays-cohort.ts";

// The facilitator's week: take attendance from home by keyboard, correct a mark, see who is
// slipping after two absences in a row and follow up; the progress grid shows it all.
test.use({ timezoneId: "UTC" });

test("a facilitator takes attendance by keyboard from home, corrects a mark and follows up after two absences", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR");
  const { cohortId, cohortName, members } = await arrangeTodaysCohort(adminApi, marker, lead.id);
  const [ada, bo, cy] = members as [(typeof members)[number], (typeof members)[number], (typeof members)[number]];
  const nameOf = (m: typeof ada) => `${m.firstName} ${m.lastName}`;

  await signInAs(lead);
  const today = page.getByRole("list", { name: "Sessions today" });
  const first = today.getByRole("link", { name: new RegExp(`${cohortName}.*Session 1`) });
  await expect(first).toContainText("Not taken yet");
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: "Attendance: session 1" })).toBeVisible();

  // ── The whole sheet by keyboard: present, absent, late ──
  const row = (m: typeof ada) => page.getByRole("group", { name: new RegExp(`^${nameOf(m)}:`) });
  await row(ada).focus();
  await page.keyboard.press("p");
  await page.keyboard.press("j");
  await page.keyboard.press("a");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("l");
  await expect(row(bo)).toHaveAttribute("aria-label", `${nameOf(bo)}: Absent, not saved`);
  await expect(page.getByRole("status")).toContainText("3 unsaved changes");
  await expectNoSeriousViolations(page);
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: test.info().outputPath("attendance-sheet-768.png"), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });

  await row(cy).focus();
  await page.keyboard.press("Tab"); // the note field of Cy's row, then on to Save by keyboard
  await page.getByRole("button", { name: "Save attendance" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText(`All saved · taken by ${lead.name}`);
  await expect(row(bo)).toHaveAttribute("aria-label", `${nameOf(bo)}: Absent`);

  // ── Cy was not late after all: a correction, with the reason kept ──
  await row(cy).focus();
  await page.keyboard.press("p");
  await page.getByRole("button", { name: "Save attendance" }).click();
  const dialog = page.getByRole("dialog", { name: "Correct saved attendance" });
  await dialog.getByLabel("Reason").fill("Arrived on time; I misread the sign-in sheet");
  await dialog.getByRole("button", { name: "Save corrections" }).click();
  await expect(row(cy)).toContainText("Late → Present — “Arrived on time; I misread the sign-in sheet”");
  await expect(row(cy)).toContainText("Corrected");

  // ── Bo misses the second session too: on the follow-up list ──
  await page.goto("/");
  const second = page
    .getByRole("list", { name: "Sessions today" })
    .getByRole("link", { name: new RegExp(`${cohortName}.*Session 2`) });
  await second.click();
  await expect(page.getByRole("heading", { level: 1, name: "Attendance: session 2" })).toBeVisible();
  await page.getByRole("button", { name: "Mark everyone present" }).click();
  await row(bo).focus();
  await page.keyboard.press("a");
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(page.getByRole("status")).toContainText("All saved");

  await page.goto("/");
  const followUps = page.getByRole("list", { name: "Members to follow up" });
  await expect(followUps).toContainText(nameOf(bo));
  await expect(followUps).toContainText("2 absences in a row");
  await followUps.getByRole("button", { name: `Record follow-up for ${nameOf(bo)}` }).click();
  const form = page.getByRole("dialog", { name: `Follow up: ${nameOf(bo)}` });
  await form.getByLabel("Contacted").check();
  await form.getByLabel("Note").fill("Called: a new shift pattern this month; plans to come next week");
  await form.getByRole("button", { name: "Record follow-up" }).click();
  await expect(page.getByText("No one to follow up.")).toBeVisible();

  // ── The progress grid shows the marks, in words as well as colours ──
  await page.goto(`/cohorts/${cohortId}/progress`);
  const grid = page.getByRole("table", { name: "Attendance by member and session" });
  await expect(grid.getByRole("cell", { name: `${nameOf(bo)}, session 1: Absent` })).toBeVisible();
  await expect(grid.getByRole("cell", { name: `${nameOf(bo)}, session 2: Absent` })).toBeVisible();
  await expect(grid.getByRole("cell", { name: `${nameOf(cy)}, session 1: Present` })).toBeVisible();
  await expect(grid.getByRole("cell", { name: `${nameOf(ada)}, session 2: Present` })).toBeVisible();
  await expectNoSeriousViolations(page, `table[aria-label="Attendance by member and session"]`);
});
