import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, trpc } from "../fixtures.ts";

// The promise checked here: every input has a label, every button and link a name, on the
// screens people use every week (as each role sees them). A few screens per test, each test
// with time for all of them.
const RULES = ["label", "button-name", "link-name", "select-name", "aria-input-field-name", "input-button-name"];

async function expectEveryControlNamed(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withRules(RULES).analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))).toEqual([]);
}

const ADMIN_SCREENS = ["/", "/people", "/people/new", "/programs", "/programs/new", "/cohorts", "/cohorts/new", "/sessions"];
const ADMIN_INTAKE_SCREENS = ["/intake", "/intake/new", "/members", "/consent", "/settings", "/account"];
const FACILITATOR_SCREENS = ["/", "/sessions", "/cohorts", "/members", "/programs", "/account"];

for (const [group, paths] of [
  ["people, programs, cohorts", ADMIN_SCREENS],
  ["intake, members, consent", ADMIN_INTAKE_SCREENS],
] as const) {
  test(`admin: ${group} screens name every control`, async ({ page, signInAs }) => {
    test.setTimeout(60_000);
    await signInAs("admin");
    for (const path of paths) await test.step(path, () => expectEveryControlNamed(page, path));
  });
}

test("admin: a program's editor and screening questions name every control", async ({ page, adminApi, signInAs }) => {
  const program = await trpc<{ id: string }>(adminApi, "programs.create", {
    name: `Labelled ${Date.now().toString(36)}${test.info().workerIndex}`,
    groupType: "SUPPORT",
    leadership: "PEER_LED",
    delivery: "IN_PERSON",
    sessionCount: 6,
    sessionLengthMinutes: 90,
    defaultCapacity: 10,
    minimumEnrollment: 4,
  });
  await signInAs("admin");
  await expectEveryControlNamed(page, `/programs/${program.id}`);
  await expectEveryControlNamed(page, `/programs/${program.id}/screening`);
});

test("facilitator screens name every control", async ({ page, createAccount, signInAs }) => {
  test.setTimeout(60_000);
  await signInAs(await createAccount("FACILITATOR"));
  for (const path of FACILITATOR_SCREENS) await test.step(path, () => expectEveryControlNamed(page, path));
});

test("the sign-in page names every control", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withRules(RULES).analyze();
  expect(violations).toEqual([]);
});
