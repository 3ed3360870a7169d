import { expect, signInThroughForm, test } from "../fixtures.ts";

test("the sign-in page loads without the dashboard, shows a failure, then follows ?redirect= once signed in", async ({
  page,
  createAccount,
}) => {
  const account = await createAccount("STAFF");
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });

  await page.goto("/sign-in?redirect=%2Fpeople");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page).toHaveTitle("Sign in · Circle");
  await page.getByLabel("Email").fill(account.email);
  const password = page.getByLabel("Password", { exact: true });
  await password.fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("Could not sign in");
  await expect(page.getByRole("alert")).toContainText("Email or password is incorrect");
  await expect(password).toHaveValue("");
  // The page never fetched the dashboard's chunk (router, query cache, frame, home).
  expect(scripts.filter((path) => /\/assets\/dashboard-/.test(path))).toEqual([]);
  expect(scripts.some((path) => /\/assets\/sign-in-/.test(path))).toBe(true);

  await password.fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Staff may not open the people list: the target page is followed, and says so.
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("someone already signed in is sent on, and never off-site", async ({ page, signInAs, createAccount }) => {
  await signInAs(await createAccount("FACILITATOR"));
  await page.goto("/sign-in?redirect=%2Fcohorts");
  await expect(page).toHaveURL(/\/cohorts$/);
  await page.goto("/sign-in?redirect=https%3A%2F%2Fexample.org%2F");
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test("a session that ends asks to sign in again and comes back to the page", async ({ page, createAccount }) => {
  const account = await createAccount("FACILITATOR");
  await signInThroughForm(page, account.email, account.password);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.context().clearCookies();
  // The next request is refused: the dashboard goes to the sign-in page inside the router.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }).click();
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fcohorts/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/cohorts$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});
