import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures.ts";

// The resource directory: an administrator keeps it (add, edit, archive); everyone searches it,
// crisis lines pinned above whatever else matches.

async function expectNoSeriousViolations(page: Page, within?: string) {
  const axe = new AxeBuilder({ page });
  const { violations } = await (within ? axe.include(within) : axe).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))).toEqual([]);
}

test("an admin adds, edits and archives resources; staff search the directory with crisis lines on top", async ({
  page,
  createAccount,
  signInAs,
}) => {
  test.setTimeout(90_000);
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const clinic = `Aspen clinic ${marker}`;
  const crisisLine = `Zenith crisis line ${marker}`;

  await signInAs("admin");
  await page.goto("/resources");
  await expect(page.getByRole("heading", { level: 1, name: "Resources" })).toBeVisible();

  const add = async (name: string, kind: string, fill: (dialog: ReturnType<Page["getByRole"]>) => Promise<void>) => {
    await page.getByRole("button", { name: "Add resource" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a resource" });
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByRole("combobox", { name: "Kind" }).selectOption({ label: kind });
    await fill(dialog);
    await dialog.getByRole("button", { name: "Add resource" }).click();
    await expect(dialog).toBeHidden();
  };
  await add(clinic, "Individual therapy", async (dialog) => {
    await dialog.getByLabel("Website").fill("not a web address");
    await dialog.getByRole("button", { name: "Add resource" }).click();
    await expect(dialog.getByText("Enter a web address starting with https://")).toBeVisible();
    await dialog.getByLabel("Website").fill("https://example.org/aspen");
    await dialog.getByLabel("Phone").fill("(555) 010-2100");
    await dialog.getByLabel("Languages").fill("Spanish");
    await dialog.getByLabel("Languages").press("Enter");
    await dialog.getByRole("combobox", { name: "Cost" }).selectOption({ label: "Sliding scale" });
    await dialog.getByLabel("Takes referrals directly from us").check();
    await expectNoSeriousViolations(page, '[role="dialog"]');
  });
  await add(crisisLine, "Crisis line", async (dialog) => {
    await dialog.getByLabel("Phone").fill("988");
    await dialog.getByLabel("Hours").fill("24/7");
  });

  // ── Searching: the crisis line is pinned above the clinic, though the name sorts it last ──
  await page.getByRole("textbox", { name: "Search" }).fill(marker);
  await expect(page).toHaveURL(new RegExp(`q=${marker}`));
  const table = page.getByRole("table", { name: "Resources" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row").nth(1)).toContainText(crisisLine);
  await expect(table.getByRole("row").nth(2)).toContainText(clinic);
  await expect(table.getByRole("row").nth(2)).toContainText("Spanish");
  await expectNoSeriousViolations(page);

  // ── Editing and archiving ──
  await page.getByRole("button", { name: `Edit ${clinic}` }).click();
  const edit = page.getByRole("dialog", { name: `Edit ${clinic}` });
  await edit.getByLabel("Hours").fill("Mon–Fri 8–6");
  await edit.getByRole("button", { name: "Save resource" }).click();
  await expect(edit).toBeHidden();
  await expect(table.getByRole("row").nth(2)).toContainText("Mon–Fri 8–6");
  await page.getByRole("button", { name: `Archive ${clinic}` }).click();
  await page
    .getByRole("dialog", { name: `Archive ${clinic}?` })
    .getByRole("button", { name: "Archive resource" })
    .click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await page.getByLabel("Include archived").check();
  await expect(table.getByRole("row").filter({ hasText: clinic })).toContainText("Archived");
  await expect(page).toHaveURL(/archived=true/);

  // ── Staff search it, without the editor, and see no archived resource ──
  const staff = await createAccount("STAFF");
  await page.context().clearCookies();
  await signInAs(staff);
  await page.goto(`/resources?q=${marker}`);
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1)).toContainText(crisisLine);
  await expect(page.getByRole("button", { name: "Add resource" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  await expect(page.getByLabel("Include archived")).toHaveCount(0);
});
