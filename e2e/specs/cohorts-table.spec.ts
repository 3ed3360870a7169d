import { expect, test, trpc } from "../fixtures.ts";

test("the cohorts table keeps its filters in the URL and shows each schedule in the cohort's zone", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR");
  const program = await trpc<{ id: string }>(adminApi, "programs.create", {
    name: `Skills lab ${marker}`,
    groupType: "SKILLS_COACHING",
    leadership: "PEER_LED",
    delivery: "ONLINE",
    sessionCount: 4,
    sessionLengthMinutes: 60,
    defaultCapacity: 8,
    minimumEnrollment: 2,
  });
  const schedule = { programId: program.id, weekday: 2, startTime: "18:30", facilitators: { leadId: lead.id } };
  const spring = await trpc<{ id: string }>(adminApi, "cohorts.create", {
    ...schedule,
    name: `Spring lab ${marker}`,
    startDate: "2031-03-04",
    timeZone: "America/New_York",
    meetingUrl: "https://meet.example.org/spring",
  });
  await trpc(adminApi, "cohorts.create", {
    ...schedule,
    name: `Autumn lab ${marker}`,
    startDate: "2031-10-07",
    timeZone: "Europe/Berlin",
    meetingUrl: "https://meet.example.org/autumn",
  });
  await trpc(adminApi, "cohorts.changeStatus", { cohortId: spring.id, status: "OPEN_FOR_INTAKE", reason: "Referrals are in" });

  await signInAs("admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }).click();
  const table = page.getByRole("table", { name: "Cohorts" });
  const rows = table.locator("tbody tr");

  await page.getByRole("combobox", { name: "Program" }).selectOption({ label: `Skills lab ${marker}` });
  await expect(page).toHaveURL(new RegExp(`[?&]programId=${program.id}`));
  await expect(rows).toHaveCount(2);
  // Each cohort's weekly slot in its own zone, named as it is at the start.
  await expect(rows.filter({ hasText: `Spring lab ${marker}` })).toContainText("Tue 18:30 EST");
  await expect(rows.filter({ hasText: `Autumn lab ${marker}` })).toContainText("Tue 18:30 GMT+2");

  await page.getByRole("combobox", { name: "Status" }).selectOption("OPEN_FOR_INTAKE");
  await expect(page).toHaveURL(/[?&]status=OPEN_FOR_INTAKE/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Open for intake");

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("OPEN_FOR_INTAKE");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`Spring lab ${marker}`);

  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).not.toHaveURL(/[?&](status|programId)=/);
});
