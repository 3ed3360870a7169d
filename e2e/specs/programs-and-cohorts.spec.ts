import type { Page } from "@playwright/test";
import { expect, test, trpc } from "../fixtures.ts";

// The heart of the product, end to end through the screens: a program designed with its modules,
// a cohort generated from it with a preview first, and who then sees that cohort.

const MODULES = ["Welcome and agreements", "Naming what changed", "Looking ahead"];

/** The browser's own today, YYYY-MM-DD: a cohort starting today has its first session today. */
async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

async function addModule(page: Page, title: string) {
  await page.getByRole("button", { name: "Add module" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Title" }).fill(title);
  await dialog.getByRole("textbox", { name: "Goals" }).fill(`Members can say one thing about “${title}”.`);
  await dialog.getByRole("button", { name: "Add module" }).click();
  await expect(dialog).toBeHidden();
}

test("an admin designs a program and schedules a cohort; only its facilitator sees it", async ({
  page,
  createAccount,
  signInAs,
}) => {
  // the longest journey in the suite: two roles, five screens, a dozen saves
  test.setTimeout(120_000);
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR", `Lena Lead ${marker}`);
  const other = await createAccount("FACILITATOR", `Omar Other ${marker}`);
  const programName = `Bereavement circle ${marker}`;
  const cohortName = `Thursday evenings ${marker}`;

  // ── The admin designs the program ──
  await signInAs("admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Programs" })).toBeVisible();
  await page.getByRole("link", { name: "Create program" }).first().click();

  await page.getByRole("textbox", { name: "Name" }).fill(programName);
  await page
    .getByRole("textbox", { name: "Description" })
    .fill("A closed group for adults grieving a death in the last two years.");
  await page.getByRole("combobox", { name: "Group type" }).selectOption("SUPPORT");
  await page.getByRole("radio", { name: "Peer-led" }).check();
  await page.getByRole("textbox", { name: "Number of sessions" }).fill("3");
  await page.getByRole("textbox", { name: "Minimum enrollment" }).fill("2");
  await page.getByRole("textbox", { name: "Enrollment closes after session" }).fill("1");
  await expect(page.getByText("No one joins after session 1 has been held.")).toBeVisible();
  await page.getByRole("button", { name: "Create program" }).click();

  await expect(page).toHaveURL(/\/programs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: programName })).toBeVisible();
  for (const title of MODULES) await addModule(page, title);
  const modules = page.getByRole("list", { name: "Modules in session order" }).getByRole("listitem");
  await expect(modules).toHaveCount(3);

  // The last module moves up one place: session 2 now covers it.
  await page.getByRole("button", { name: "Move “Looking ahead” up" }).click();
  await expect(modules.nth(1)).toContainText("Looking ahead");
  await expect(modules.nth(2)).toContainText("Naming what changed");
  const order = [MODULES[0], MODULES[2], MODULES[1]] as string[];

  // ── …and schedules a cohort from it, seeing every session before saving ──
  await page.getByRole("link", { name: "Schedule a cohort" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Schedule a cohort" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Program" })).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByRole("textbox", { name: "Cohort name" }).fill(cohortName);
  const dateInput = page.getByRole("textbox", { name: "First possible date" });
  await dateInput.fill(await browserToday(page));
  await dateInput.press("Tab");
  // Late in the day, so the session is still to come when the facilitator looks.
  await page.getByLabel("Start time").fill("23:45");
  await page.getByRole("textbox", { name: "Location" }).fill(`Community hall ${marker}, room 2`);
  await expect(page.getByRole("textbox", { name: "Capacity" })).toHaveValue("12");
  await page.getByRole("combobox", { name: "Lead facilitator" }).selectOption({ label: `${lead.name} · licensed` });

  const preview = page.getByRole("table", { name: "Sessions preview" });
  await expect(preview.locator("tbody tr")).toHaveCount(3);
  for (const [index, title] of order.entries()) {
    await expect(preview.locator("tbody tr").nth(index)).toContainText(title);
  }
  await page.getByRole("button", { name: "Create cohort" }).click();

  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]{36}$/);
  const cohortUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(lead.name);
  await page.getByRole("navigation", { name: "Cohort" }).getByRole("link", { name: "Sessions" }).click();
  const sessions = page.getByRole("table", { name: "Sessions" });
  await expect(sessions.locator("tbody tr")).toHaveCount(3);
  for (const [index, title] of order.entries()) {
    await expect(sessions.locator("tbody tr").nth(index)).toContainText(title);
  }

  // ── The lead facilitator finds it on their home page, their week and their list ──
  await signInAs(lead);
  await expect(
    page.getByRole("list", { name: "Sessions today" }).getByRole("link", { name: new RegExp(cohortName) }),
  ).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sessions" }).click();
  const card = page.getByRole("link", { name: new RegExp(cohortName) });
  await expect(card).toContainText(`Session 1: ${order[0]}`);
  await card.click();
  await expect(page).toHaveURL(new RegExp(`${cohortUrl}/sessions\\?session=`));
  await expect(page.getByRole("table", { name: "Sessions" }).locator("tbody tr")).toHaveCount(3);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }).click();
  await expect(page.getByRole("table", { name: "Cohorts" }).getByRole("link", { name: cohortName })).toBeVisible();

  // ── Another facilitator neither lists it nor reaches it by its address ──
  await signInAs(other);
  await expect(page.getByRole("link", { name: new RegExp(cohortName) })).toHaveCount(0);
  await page.goto(`/cohorts?q=${encodeURIComponent(marker)}`);
  await expect(page.getByText("No cohort matches these filters")).toBeVisible();
  await expect(page.getByRole("table", { name: "Cohorts" })).not.toContainText(cohortName);
  // answered as a missing cohort would be, so the address tells nothing about what exists
  await page.goto(cohortUrl);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText(cohortName)).toHaveCount(0);
  await page.goto(`${cohortUrl}/sessions`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("modules are added and reordered with the keyboard alone", async ({ page, adminApi, signInAs }) => {
  // three modules typed key by key, two reorders and a reload: longer than the default 30 s in CI
  test.setTimeout(60_000);
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  await signInAs("admin");
  await page.goto("/programs/new");

  // Type, Tab and Enter only: Enter in the name field submits the form.
  const name = page.getByRole("textbox", { name: "Name" });
  await name.focus();
  await page.keyboard.type(`Caregivers course ${marker}`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `Caregivers course ${marker}` })).toBeVisible();

  for (const title of ["First steps", "Second thoughts"]) {
    await page.getByRole("button", { name: "Add module" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("textbox", { name: "Title" })).toBeFocused();
    await page.keyboard.type(title);
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("textbox", { name: "Goals" })).toBeFocused();
    await page.keyboard.type("Something to take home.");
    const submit = dialog.getByRole("button", { name: "Add module" });
    for (let i = 0; i < 6 && !(await submit.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(submit).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
  }

  const modules = page.getByRole("list", { name: "Modules in session order" }).getByRole("listitem");
  await expect(modules).toHaveText([/First steps/, /Second thoughts/]);

  // Moving down keeps the focus on the moved module, so the next key press acts on it again.
  const down = page.getByRole("button", { name: "Move “First steps” down" });
  await down.focus();
  await page.keyboard.press("Enter");
  await expect(modules).toHaveText([/Second thoughts/, /First steps/]);
  const up = page.getByRole("button", { name: "Move “First steps” up" });
  await expect(up).toBeFocused();
  await expect(page.getByText("First steps moved to position 2 of 2")).toBeAttached();

  // The order is saved: the server returns it after a reload.
  await page.reload();
  await expect(modules).toHaveText([/Second thoughts/, /First steps/]);
  const programId = new URL(page.url()).pathname.split("/").pop();
  const program = await trpc<{ modules: { title: string }[] }>(adminApi, "programs.get", { programId }, "query");
  expect(program.modules.map((m) => m.title)).toEqual(["Second thoughts", "First steps"]);
});
