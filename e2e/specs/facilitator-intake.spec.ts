import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { arrangeApplicant, arrangeClosedCohort, CONSENT_SENTENCE } from "./support/closed-cohort.ts";

/** Where screenshots of the new screens go when SCREENSHOTS names a folder (looked at by hand). */
async function snapshot(page: Page, name: string) {
  const folder = process.env.SCREENSHOTS;
  if (!folder) return;
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    // the navbar collapses or opens with a transition
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${folder}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a facilitator interviews and recommends, an admin accepts, the facilitator collects consent from the roster, the member is enrolled", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  test.setTimeout(180_000);
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR");
  const other = await createAccount("FACILITATOR");
  const setup = await arrangeClosedCohort(adminApi, marker, lead.id);
  const theirs = await arrangeClosedCohort(adminApi, `${marker}x`, other.id);
  const ivy = await arrangeApplicant(adminApi, setup, "Ivy");
  const stranger = await arrangeApplicant(adminApi, theirs, "Gus");
  const ivyName = `${ivy.firstName} ${ivy.lastName}`;
  const dialog = page.getByRole("dialog");

  // ── The facilitator's queue: their cohort's applicants, no one else's ──
  await signInAs(lead);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Intake" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intake" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Record application" })).toHaveCount(0);
  await page.getByRole("textbox", { name: "Search" }).fill(marker);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${marker}`));
  const queue = page.getByRole("table", { name: "Applications" });
  await expect(queue.getByRole("link", { name: ivyName })).toBeVisible();
  await expect(queue).not.toContainText(stranger.firstName);
  await expectNoSeriousViolations(page);
  await snapshot(page, "facilitator-queue");

  // another cohort's applicant, by address, is a page that does not exist
  await page.goto(`/intake/${stranger.applicationId}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goBack();

  // ── The pre-group interview: scheduled, held, recorded; then the recommendation ──
  await queue.getByRole("link", { name: ivyName }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${ivyName}: application` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Next step" })).toHaveCount(0);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await dialog.getByLabel("Interview date").fill(tomorrow);
  await dialog.getByLabel("Interview time").fill("16:00");
  await dialog.getByRole("combobox", { name: "Interviewer" }).selectOption({ label: `${lead.name} (Facilitator)` });
  await dialog.getByRole("textbox", { name: "Reason" }).fill("Meet before the group starts");
  await dialog.getByRole("button", { name: "Schedule interview" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(new RegExp(`4:00 PM.* with ${lead.name}`))).toBeVisible();

  await page.getByRole("button", { name: "Record interview notes" }).click();
  const notes = "Talked through the group agreement; she wants to hear how others manage the first year.";
  await dialog.getByRole("textbox", { name: "Interview notes" }).fill(notes);
  await dialog.getByRole("button", { name: "Save notes" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(notes)).toBeVisible();

  await page.getByRole("button", { name: "Recommend", exact: true }).click();
  await dialog.getByRole("button", { name: "Recommend" }).click();
  await expect(dialog.getByText("Choose what you recommend")).toBeVisible();
  await dialog.getByRole("radio", { name: "Accept" }).check();
  await dialog.getByRole("textbox", { name: "Reason" }).fill("Ready for a group; support at home");
  await dialog.getByRole("button", { name: "Recommend" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Accept, by ${lead.name}`)).toBeVisible();
  await expectNoSeriousViolations(page);
  await snapshot(page, "facilitator-application");

  // the interview is on the facilitator's home and in their week
  await page.goto("/");
  const interviews = page.getByRole("list", { name: "Interviews in the next seven days" });
  await expect(interviews.getByRole("link", { name: ivyName })).toBeVisible();
  await expectNoSeriousViolations(page);
  await snapshot(page, "facilitator-home");
  // the week the interview falls in (Monday to Sunday)
  const day = new Date(`${tomorrow}T12:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() || 7) - 1) * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/sessions?weekOf=${monday}`);
  const week = page.getByRole("list", { name: "Pre-group interviews this week" });
  await expect(week.getByRole("link", { name: ivyName })).toBeVisible();

  // ── The administrator sees the recommendation and accepts ──
  await signInAs("admin");
  await page.goto(`/intake?q=${marker}`);
  const adminQueue = page.getByRole("table", { name: "Applications" });
  await expect(adminQueue.getByRole("row", { name: new RegExp(ivyName) })).toContainText(`Recommended: accept, by ${lead.name}`);
  await adminQueue.getByRole("link", { name: ivyName }).click();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await dialog.getByRole("textbox", { name: "Reason" }).fill("As recommended after the interview");
  await dialog.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { name: "Accepted: what comes next" })).toBeVisible();

  // ── The facilitator collects consent from the roster, in the room ──
  await signInAs(lead);
  await page.goto(`/cohorts/${setup.cohortId}/roster`);
  const awaiting = page.getByRole("table", { name: "People without current consent" });
  await expect(awaiting.getByRole("row", { name: new RegExp(ivyName) })).toContainText("accepted, not yet enrolled");
  await expectNoSeriousViolations(page);
  await snapshot(page, "facilitator-roster");
  await awaiting.getByRole("link", { name: `Record consent: ${ivyName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Record consent: ${ivyName}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: `${setup.documentTitle}, version 1` })).toBeVisible();
  await expect(page.getByText(CONSENT_SENTENCE)).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole("radio", { name: "E-signature (typed full name)" }).check();
  await page.getByRole("checkbox", { name: /had the whole of version 1/ }).check();
  await page.getByRole("textbox", { name: "Typed full name" }).fill(ivyName);
  await page.getByRole("button", { name: "Record consent" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${ivyName}: application` })).toBeVisible();
  await expect(page.getByText(`consented to ${setup.documentTitle}, version 1`)).toBeVisible();
  await page.goto(`/cohorts/${setup.cohortId}/roster`);
  await expect(page.getByText("Everyone accepted or enrolled has current consent on record.")).toBeVisible();

  // ── The administrator enrolls her: consent is on file ──
  await signInAs("admin");
  await page.goto(`/intake/${ivy.applicationId}`);
  await page.getByRole("button", { name: `Enroll ${ivy.firstName}` }).click();
  await expect(page.getByText(`${ivyName} is enrolled in ${setup.cohortName}.`)).toBeVisible();
});
