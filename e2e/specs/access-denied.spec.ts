import { expect, test } from "../fixtures.ts";

test("a facilitator who types an admin address is refused, by the page and by the server", async ({
  page,
  createAccount,
  signInAs,
}) => {
  const facilitator = await createAccount("FACILITATOR");
  await signInAs(facilitator);
  // a refusal is an answer shown on screen, not an error in the console
  const logged: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") logged.push(message.text());
  });

  for (const path of ["/people", "/people/new", "/settings", "/consent", "/consent/new"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to home", exact: true })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  }
  expect(logged.filter((text) => text.includes("AccessDeniedError") || text.includes("access to this page"))).toEqual([]);

  // The same browser session asking the API directly gets FORBIDDEN, not the list.
  const input = encodeURIComponent(JSON.stringify({ json: { page: 1, pageSize: 10, sort: "name" } }));
  const response = await page.request.get(`/trpc/users.list?input=${input}`);
  expect(response.status()).toBe(403);
  const body = await response.json();
  expect(body.error.json.data.code).toBe("FORBIDDEN");
  expect(JSON.stringify(body)).not.toContain("@example.org");
});

test("an address that leads nowhere shows the not-found page", async ({ page, signInAs }) => {
  await signInAs("admin");
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("consent documents are for administrators, as the menu says: staff typing the address are refused", async ({
  page,
  createAccount,
  signInAs,
}) => {
  await signInAs(await createAccount("STAFF"));
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Consent" })).toHaveCount(0);
  await page.goto("/consent");
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
});
