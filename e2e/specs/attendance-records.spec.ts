import type { Page } from "@playwright/test";
import { expect, test, trpc } from "../fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { arrangeTodaysCohort } from "./support/todays-cohort.ts";

// After the session: the lead corrects a mark with a reason, writes the group note and signs
// it (a therapy program), adds an addendum to the locked note, reads a member's progress and
// history on their page and in the roster, and prints the member's attendance letter.
test.use({ timezoneId: "UTC" });

/** The page fits a 768 px tablet without sideways scrolling; a screenshot of it is kept with the run. */
async function expectFitsTablet(page: Page, name: string) {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: test.info().outputPath(`${name}-768.png`), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the lead corrects a mark, signs the session note, reads a member's progress and prints their attendance letter", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  test.setTimeout(180_000);
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR");
  const { cohortId, cohortName, programName, members, sessions } = await arrangeTodaysCohort(adminApi, marker, lead.id, {
    groupType: "THERAPY",
  });
  const [ada, bo, cy] = members as [(typeof members)[number], (typeof members)[number], (typeof members)[number]];
  const first = sessions.find((s) => s.number === 1);
  if (!first) throw new Error("no first session");
  await trpc(adminApi, "attendance.record", {
    sessionId: first.id,
    marks: [
      { memberId: ada.memberId, status: "PRESENT" },
      { memberId: bo.memberId, status: "ABSENT" },
      { memberId: cy.memberId, status: "ABSENT" },
    ],
  });
  const nameOf = (m: typeof ada) => `${m.firstName} ${m.lastName}`;

  // ── An administrator names the organisation, for the letter's heading ──
  const organisation = `Riverside Counselling ${marker}`;
  await signInAs("admin");
  await page.goto("/settings");
  await page.getByLabel("Organisation name").fill(organisation);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved")).toBeVisible();

  // ── From the week: each session's card links to its sheet ──
  await signInAs(lead);
  await page.goto("/sessions");
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: new RegExp(`${cohortName}.*Session 1`) }) });
  // Only a cancelled session's title is struck through.
  await expect(card.getByText(cohortName)).not.toHaveCSS("text-decoration-line", "line-through");
  await expectFitsTablet(page, "week");
  await card.getByRole("link", { name: "Attendance", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${first.id}/attendance$`));
  await expect(page.getByRole("heading", { level: 1, name: "Attendance: session 1" })).toBeVisible();

  // ── Bo came late after all: the correction keeps its reason ──
  const row = page.getByRole("group", { name: new RegExp(`^${nameOf(bo)}:`) });
  await row.focus();
  await page.keyboard.press("l");
  await page.getByRole("button", { name: "Save attendance" }).click();
  const dialog = page.getByRole("dialog", { name: "Correct saved attendance" });
  await dialog.getByLabel("Reason").fill("Arrived at 7:40 and sat by the door");
  await dialog.getByRole("button", { name: "Save corrections" }).click();
  await expect(row).toContainText("Absent → Late — “Arrived at 7:40 and sat by the door”");

  // ── The group note: written, saved, signed by the lead and locked ──
  const note = page.getByRole("form", { name: "Session note" });
  await expect(page.getByText("No note yet for this session.")).toBeVisible();
  await note.getByRole("button", { name: "Save note" }).click();
  await expect(note.getByLabel("What the session covered")).toHaveAccessibleDescription(/Say what the session covered/);
  await note.getByLabel("What the session covered").fill("Introductions, the group agreement, first check-in round");
  await note.getByLabel("Carry into next week").fill("Bo asked to talk about the anniversary next week");
  await note.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText(`Last saved by ${lead.name}`)).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole("button", { name: "Sign and lock" }).click();
  const sign = page.getByRole("dialog", { name: "Sign this session note?" });
  await sign.getByRole("button", { name: "Sign and lock" }).click();
  await expect(page.getByText("Signed and locked", { exact: true })).toBeVisible();
  await expect(page.getByText(`Signed by ${lead.name}`)).toBeVisible();
  await expect(page.getByText("Introductions, the group agreement, first check-in round")).toBeVisible();
  await expect(page.getByRole("form", { name: "Session note" })).toHaveCount(0);

  const addendum = page.getByRole("form", { name: "Add an addendum" });
  await addendum.getByLabel("Addendum").fill("Ada phoned afterwards; she will bring her sister's letter");
  await addendum.getByRole("button", { name: "Add addendum" }).click();
  const addenda = page.getByRole("list", { name: "Addenda" });
  await expect(addenda).toContainText("Ada phoned afterwards; she will bring her sister's letter");
  await expect(addenda).toContainText(lead.name);
  await expectNoSeriousViolations(page);
  await expectFitsTablet(page, "signed-note");

  // ── The roster shows each member's rate; Cy, absent from the only session held, is at risk ──
  await page.goto(`/cohorts/${cohortId}/roster`);
  const roster = page.getByRole("table", { name: "Roster" });
  const rosterRow = (m: typeof ada) => roster.getByRole("row", { name: new RegExp(nameOf(m)) });
  await expect(rosterRow(bo)).toContainText("100%");
  await expect(rosterRow(bo)).toContainText("1 of 1 held");
  await expect(rosterRow(cy)).toContainText("0%");
  await expect(rosterRow(cy)).toContainText("At risk");
  await expectFitsTablet(page, "roster");

  // ── Bo's page: progress in the cohort and the history, with the correction and its reason ──
  await rosterRow(bo)
    .getByRole("link", { name: nameOf(bo) })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: nameOf(bo) })).toBeVisible();
  const figures = page.getByRole("definition").filter({ hasText: "1 of 1" });
  await expect(figures.first()).toBeVisible();
  const history = page.getByRole("table", { name: `Attendance history in ${cohortName}` });
  const firstRow = history.getByRole("row").nth(1);
  await expect(firstRow).toContainText("Late");
  await expect(firstRow).toContainText("Corrected");
  await expect(firstRow).toContainText("Absent → Late — “Arrived at 7:40 and sat by the door”");
  await expectNoSeriousViolations(page);
  await expectFitsTablet(page, "member-page");

  // ── The attendance letter: the sessions attended, the program, the lead and the organisation ──
  await page.getByRole("link", { name: `Attendance letter for ${cohortName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Attendance letter: ${nameOf(bo)}` })).toBeVisible();
  await expect(page.getByText(organisation).first()).toBeVisible();
  await expect(page.getByText(new RegExp(`enrolled in ${cohortName}, a group of the program ${programName}`))).toBeVisible();
  const attended = page.getByRole("table", { name: "Sessions attended" });
  await expect(attended.getByRole("row")).toHaveCount(2);
  await expect(attended.getByRole("row").nth(1)).toContainText("1");
  await expect(page.getByText(lead.name, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeEnabled();
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: test.info().outputPath("attendance-letter.png"), fullPage: true });
  await expectFitsTablet(page, "attendance-letter");
});

test("an admin sets a program's completion share and its own follow-up threshold, and can hand it back to the organisation's", async ({
  page,
  adminApi,
  signInAs,
}) => {
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const program = await trpc<{ id: string }>(adminApi, "programs.create", {
    name: `Caregiver course ${marker}`,
    groupType: "PSYCHOEDUCATION",
    leadership: "PEER_LED",
    delivery: "IN_PERSON",
    sessionCount: 6,
    sessionLengthMinutes: 90,
    defaultCapacity: 10,
    minimumEnrollment: 4,
  });
  const saved = () =>
    trpc<{ completionPercent: number; followUpAfterAbsences: number | null }>(
      adminApi,
      "programs.get",
      { programId: program.id },
      "query",
    );

  await signInAs("admin");
  await page.goto(`/programs/${program.id}`);
  const form = page.getByRole("form", { name: "Program design" });
  await expect(form.getByLabel("Completion share")).toHaveValue("75%");
  await form.getByLabel("Completion share").fill("60");
  await form.getByLabel("Follow up after absences in a row").fill("3");
  await form.getByRole("button", { name: "Save program" }).click();
  await expect(page.getByText(`Caregiver course ${marker} is saved`)).toBeVisible();
  expect(await saved()).toMatchObject({ completionPercent: 60, followUpAfterAbsences: 3 });

  // Emptied, the program follows the organisation's setting again; Enter saves (the notification covers the button).
  await form.getByLabel("Follow up after absences in a row").fill("");
  await form.getByLabel("Follow up after absences in a row").press("Enter");
  await expect(page.getByText(`Caregiver course ${marker} is saved`).first()).toBeVisible();
  await expect.poll(async () => (await saved()).followUpAfterAbsences).toBeNull();
  await expectNoSeriousViolations(page, "form");
});
