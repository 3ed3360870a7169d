import { ADMIN } from "../e2e-env.ts";
import { expect, signInThroughForm, test, trpc } from "../fixtures.ts";

test("an admin creates an account; the new person signs in, must choose a password, then reaches home", async ({ page }) => {
  // three sign-ins and a password change, each hashing with argon2: 27–32 s in CI on 2 cores
  test.setTimeout(60_000);
  const id = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const name = `Noor Haddad ${id}`;
  const email = `noor-${id}@example.org`;

  await signInThroughForm(page, ADMIN.email, ADMIN.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await page.getByRole("link", { name: "Create person" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Create person" })).toBeVisible();

  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("radio", { name: "Staff" }).check();
  const temporaryPassword = await page.getByRole("textbox", { name: "Temporary password" }).inputValue();
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
  await page.getByRole("button", { name: "Create person" }).click();

  // The person's page, with the password to hand over.
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(temporaryPassword)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // First sign-in with the temporary password: nothing else opens until a new one is chosen.
  await signInThroughForm(page, email, temporaryPassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole("heading", { level: 1, name: "Choose your password" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/account\/password$/);

  const chosen = `a-password-of-their-own-${id}`;
  await page.getByLabel("Current password").fill(temporaryPassword);
  await page.getByLabel("New password", { exact: true }).fill(chosen);
  await page.getByLabel("Confirm new password").fill(chosen);
  await page.getByRole("button", { name: "Change password" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Noor");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText([
    "Home",
    "Sessions",
    "Cohorts",
    "Programs",
    "Resources",
    "Reports",
    "My account",
  ]);
});

test("the create form shows each problem beside its field, including the server's", async ({ page, adminApi, signInAs }) => {
  const id = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const taken = `taken-${id}@example.org`;
  await trpc(adminApi, "users.create", {
    name: `Taken ${id}`,
    email: taken,
    role: "STAFF",
    temporaryPassword: `temporary-${id}-x`,
  });

  await signInAs("admin");
  await page.goto("/people/new");
  await page.getByRole("textbox", { name: "Temporary password" }).fill("short");
  await page.getByRole("button", { name: "Create person" }).click();
  await expect(page.getByText("Enter a name")).toBeVisible();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();

  await page.getByRole("textbox", { name: "Name" }).fill(`Second ${id}`);
  await page.getByRole("textbox", { name: "Email" }).fill(taken);
  await page.getByRole("button", { name: "Generate" }).click();
  await page.getByRole("button", { name: "Create person" }).click();
  const email = page.getByRole("textbox", { name: "Email" });
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Another account already uses this email")).toBeVisible();
  await expect(email).toBeFocused();
});
