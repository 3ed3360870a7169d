import AxeBuilder from "@axe-core/playwright";
import { expect, test, trpc } from "../fixtures.ts";

// The promise checked here: every input has a label, every button and link a name, on the
// screens people use every week (as each role sees them).
const RULES = ["label", "button-name", "link-name", "select-name", "aria-input-field-name", "input-button-name"];

async function unnamed(page: import("@playwright/test").Page) {
  const { violations } = await new AxeBuilder({ page }).withRules(RULES).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

test("admin screens name every control", async ({ page, adminApi, signInAs }) => {
  const programs = await trpc<{ rows: { id: string }[] }>(
    adminApi,
    "programs.list",
    { page: 1, pageSize: 10, sort: "name" },
    "query",
  );
  await signInAs("admin");
  const paths = [
    "/",
    "/people",
    "/people/new",
    "/programs",
    "/programs/new",
    "/cohorts",
    "/cohorts/new",
    "/sessions",
    "/intake",
    "/intake/new",
    "/members",
    "/consent",
    "/settings",
    "/account",
  ];
  const program = programs.rows[0];
  if (program) paths.push(`/programs/${program.id}`, `/programs/${program.id}/screening`);
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await unnamed(page), path).toEqual([]);
  }
});

test("facilitator screens name every control", async ({ page, createAccount, signInAs }) => {
  await signInAs(await createAccount("FACILITATOR"));
  for (const path of ["/", "/sessions", "/cohorts", "/members", "/programs", "/account"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await unnamed(page), path).toEqual([]);
  }
});

test("the sign-in page names every control", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(await unnamed(page)).toEqual([]);
});
