import { expect, test, trpc } from "../fixtures.ts";

test("search, filters and paging live in the URL and survive a reload", async ({ page, adminApi, signInAs }) => {
  test.setTimeout(60_000); // thirteen accounts made, then several reloads
  // A surname no other test uses, so the search isolates this test's people.
  const marker = `Quill${Date.now().toString(36)}${test.info().workerIndex}`;
  const people = [
    ...Array.from({ length: 12 }, (_, i) => ({ name: `Fay ${i + 1} ${marker}`, role: "FACILITATOR" })),
    { name: `Sam ${marker}`, role: "STAFF" },
  ];
  for (const [i, person] of people.entries()) {
    await trpc(adminApi, "users.create", {
      ...person,
      email: `${marker.toLowerCase()}-${i}@example.org`,
      temporaryPassword: `temporary-${marker}`,
    });
  }

  await signInAs("admin");
  await page.goto("/people");
  const table = page.getByRole("table", { name: "People" });
  const rows = table.locator("tbody tr");

  await page.getByRole("textbox", { name: "Search" }).fill(marker);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${marker}`));
  await expect(rows).toHaveCount(13);

  await page.getByRole("combobox", { name: "Role" }).selectOption("FACILITATOR");
  await expect(page).toHaveURL(/[?&]role=FACILITATOR/);
  await expect(rows).toHaveCount(12);
  await expect(table).not.toContainText(`Sam ${marker}`);

  await page.getByRole("combobox", { name: "Rows per page" }).selectOption("10");
  await expect(page).toHaveURL(/[?&]pageSize=10/);
  await page.getByRole("button", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(rows).toHaveCount(2);

  // Sorting by name, newest first, is part of the address too.
  await page.getByRole("button", { name: "Name", exact: true }).click();
  await expect(page).toHaveURL(/[?&]desc=true/);
  await expect(page).not.toHaveURL(/[?&]page=/);

  await page.getByRole("button", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);

  // A new filter starts again at page 1.
  await page.getByRole("combobox", { name: "Status" }).selectOption("active");
  await expect(page).toHaveURL(/[?&]status=active/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(rows).toHaveCount(10);
  const firstPage = await rows.locator("td:first-child").allInnerTexts();

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Search" })).toHaveValue(marker);
  await expect(page.getByRole("combobox", { name: "Role" })).toHaveValue("FACILITATOR");
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("active");
  await expect(page.getByRole("combobox", { name: "Rows per page" })).toHaveValue("10");
  await expect(page.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "descending");
  await expect(rows.locator("td:first-child")).toHaveText(firstPage);

  // A search with no result says so and offers the way out.
  await page.getByRole("textbox", { name: "Search" }).fill(`${marker}-nobody`);
  await expect(page.getByText("No one matches these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).not.toHaveURL(/[?&](q|role|status)=/);
});

test("a row opens the person's page", async ({ page, adminApi, signInAs }) => {
  const marker = `Wren${Date.now().toString(36)}${test.info().workerIndex}`;
  await trpc(adminApi, "users.create", {
    name: `Ola ${marker}`,
    email: `${marker.toLowerCase()}@example.org`,
    role: "FACILITATOR",
    temporaryPassword: `temporary-${marker}`,
  });
  await signInAs("admin");
  await page.goto(`/people?q=${marker}`);
  await page.getByRole("link", { name: `Ola ${marker}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Ola ${marker}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cohorts they facilitate" })).toBeVisible();
  await expect(page.getByText("does not facilitate any cohorts yet")).toBeVisible();
});
