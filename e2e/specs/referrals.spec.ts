import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, trpc } from "../fixtures.ts";
import { arrangeClosedCohort, arrangeConsentingApplicant } from "./support/closed-cohort.ts";

// Closing the loop on an emergency: a facilitator refers a member to a crisis line from the
// member's page; the emergency tops an administrator's home until they record the outcome.

async function expectNoSeriousViolations(page: Page, within?: string) {
  const axe = new AxeBuilder({ page });
  const { violations } = await (within ? axe.include(within) : axe).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))).toEqual([]);
}

test("a facilitator refers a member to a crisis line as an emergency; an admin sees it on top of home and closes it", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  test.setTimeout(180_000);
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR");
  const setup = await arrangeClosedCohort(adminApi, marker, lead.id);
  const member = await arrangeConsentingApplicant(adminApi, setup, "Rowan");
  await trpc(adminApi, "enrollment.enroll", { cohortId: setup.cohortId, memberId: member.memberId });
  const crisisLine = `Crisis line ${marker}`;
  await trpc(adminApi, "resources.create", {
    name: crisisLine,
    kind: "CRISIS_LINE",
    phone: "988",
    hours: "24/7",
    cost: "FREE",
    languages: ["English"],
    acceptsDirectReferrals: true,
  });
  const name = `${member.firstName} ${member.lastName}`;

  // ── The facilitator refers from the member's page ──
  await signInAs(lead);
  await page.goto(`/members/${member.memberId}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("button", { name: `Refer ${name}` }).click();
  const form = page.getByRole("dialog", { name: `Refer ${name}` });
  await form.getByRole("combobox", { name: "Kind of help" }).selectOption({ label: "Crisis services" });
  const followUp = form.getByLabel("Follow up on");
  await expect(followUp).not.toHaveValue("");
  await form.getByRole("radio", { name: /^Emergency/ }).check();
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  });
  await expect(followUp).toHaveValue(today);
  await form.getByRole("combobox", { name: "Resource", exact: true }).fill(crisisLine);
  await page.getByRole("option", { name: crisisLine }).click();
  await expect(form).toContainText("988 · 24/7");
  await form.getByLabel("Reason").fill("Spoke of ending their life after group");
  await form.getByLabel("Referring passes the member's information to the resource").check();
  await form.getByLabel("The member agreed that their information may be shared with it").check();
  await form.getByLabel(/^Warm hand-off/).check();
  await expectNoSeriousViolations(page, '[role="dialog"]');
  await form.getByRole("button", { name: "Log referral" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Referral: ${name}` })).toBeVisible();
  await expect(page.getByRole("list", { name: "Referral timeline" })).toContainText(`Logged as suggested`);
  await expect(page.getByRole("list", { name: "Referral timeline" })).toContainText(lead.name);

  // ── On top of an administrator's home, until it is closed ──
  await page.context().clearCookies();
  await signInAs("admin");
  const firstCard = page.getByRole("heading", { level: 2 }).first();
  await expect(firstCard).toHaveText(/^Open emergency referrals? \(\d+\)$/);
  const emergencies = page.getByRole("list", { name: "Open emergency referrals" });
  await expect(emergencies).toContainText(crisisLine);
  await emergencies.getByRole("link", { name }).click();

  // ── The admin follows the loop to its end ──
  await expect(page.getByRole("heading", { level: 1, name: `Referral: ${name}` })).toBeVisible();
  await expect(page.getByText("Spoke of ending their life after group")).toBeVisible();
  await expectNoSeriousViolations(page);
  const step = async (button: string, note: string) => {
    await page.getByRole("button", { name: button, exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Note").fill(note);
    await dialog.getByRole("button", { name: "Record step" }).click();
    await expect(dialog).toBeHidden();
  };
  await step("Referral made", "Crisis team called back within the hour");
  await step("Member connected", "Seen by the crisis team the same evening");

  await page.getByRole("button", { name: "Close referral" }).click();
  const closing = page.getByRole("dialog", { name: "Close the referral" });
  await closing.getByLabel("Note").fill("Safe; has a follow-up appointment with the crisis team");
  await closing.getByRole("radio", { name: "Not successful" }).check();
  await closing.getByRole("button", { name: "Close referral" }).click();
  await expect(closing.getByText("Choose why the referral did not succeed")).toBeVisible();
  await closing.getByRole("radio", { name: "Successful", exact: true }).check();
  await closing.getByRole("button", { name: "Close referral" }).click();
  await expect(closing).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: `Referral: ${name}` })).toBeVisible();
  const outcome = page.getByRole("heading", { level: 2, name: "Outcome" }).locator("xpath=../../..");
  await expect(outcome).toContainText("Successful");
  const timeline = page.getByRole("list", { name: "Referral timeline" });
  await expect(timeline.getByRole("listitem")).toHaveCount(4);
  await expect(timeline).toContainText("Connected → Closed");
  await expectNoSeriousViolations(page);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("list", { name: "Open emergency referrals" }).getByText(name)).toHaveCount(0);

  // ── The list keeps it, closed; its filters live in the URL ──
  await page.goto(`/referrals?status=ALL&urgency=EMERGENCY&q=${encodeURIComponent(member.lastName)}`);
  const table = page.getByRole("table", { name: "Referrals" });
  await expect(table.getByRole("row").filter({ hasText: name })).toContainText("Closed");
  await expect(page.getByRole("combobox", { name: "Urgency" })).toHaveValue("EMERGENCY");
  await expectNoSeriousViolations(page);
  await page.setViewportSize({ width: 768, height: 1024 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });

  // ── The member's page keeps it too, and leads to all of theirs ──
  await page.goto(`/members/${member.memberId}`);
  const theirs = page.getByRole("list", { name: `Referrals of ${name}` });
  await expect(theirs).toContainText(`Crisis services: ${crisisLine}`);
  await expect(theirs).toContainText("Closed");
});
