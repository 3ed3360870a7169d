import { expect, test } from "../fixtures.ts";
import { arrangeApplicant, arrangeClosedCohort } from "./support/closed-cohort.ts";

test("reporting staff are refused member records and screening answers, in the page and by the server", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR");
  const setup = await arrangeClosedCohort(adminApi, marker, lead.id);
  const applicant = await arrangeApplicant(adminApi, setup, "Eli");
  const staff = await createAccount("STAFF");
  await signInAs(staff);

  const navigation = page.getByRole("navigation", { name: "Main" });
  await expect(navigation.getByRole("link", { name: "Members" })).toHaveCount(0);
  await expect(navigation.getByRole("link", { name: "Intake" })).toHaveCount(0);

  for (const path of ["/members", `/members/${applicant.memberId}`, `/intake/${applicant.applicationId}`, "/intake"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByText(applicant.lastName)).toHaveCount(0);
  }

  const input = encodeURIComponent(JSON.stringify({ json: { applicationId: applicant.applicationId } }));
  const response = await page.request.get(`/trpc/intake.get?input=${input}`);
  expect(response.status()).toBe(403);
  expect(JSON.stringify(await response.json())).not.toContain(applicant.lastName);
});

test("a facilitator sees the members of the cohorts they lead, and only those", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR");
  const other = await createAccount("FACILITATOR");
  const mine = await arrangeClosedCohort(adminApi, marker, lead.id);
  const theirs = await arrangeClosedCohort(adminApi, `${marker}b`, other.id);
  const fay = await arrangeApplicant(adminApi, mine, "Fay");
  const gus = await arrangeApplicant(adminApi, theirs, "Gus");
  await signInAs(lead);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" }).click();
  await page.getByRole("textbox", { name: "Search" }).fill(marker);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${marker}`));
  const table = page.getByRole("table", { name: "Members" });
  await expect(table.getByRole("link", { name: `Fay ${fay.lastName}` })).toBeVisible();
  await expect(table).not.toContainText("Gus");

  await page.goto(`/members/${gus.memberId}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
