import { expect, test, trpc } from "../fixtures.ts";

// The at-risk card's dialogs and its window setting load only when needed (lazyComponent): this
// drives them from the admin's home as an administrator would.
test("an admin postpones a cohort at risk from the home, through the card's dialog", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  const marker = `${Date.now().toString(36)}`;
  const lead = await createAccount("FACILITATOR", `Lead ${marker}`);
  const program = await trpc<{ id: string }>(adminApi, "programs.create", {
    name: `Caregivers ${marker}`,
    groupType: "SUPPORT",
    leadership: "PEER_LED",
    delivery: "IN_PERSON",
    sessionCount: 6,
    sessionLengthMinutes: 90,
    defaultCapacity: 8,
    minimumEnrollment: 4,
    joinUntilSession: 1,
  });
  const start = new Date(Date.now() + 3 * 86_400_000);
  const name = `Caregivers ${marker} — Soon`;
  await trpc(adminApi, "cohorts.create", {
    programId: program.id,
    name,
    startDate: start.toISOString().slice(0, 10),
    weekday: start.getUTCDay() || 7,
    startTime: "18:00",
    timeZone: "UTC",
    location: "Library room",
    capacity: 8,
    minimumEnrollment: 4,
    facilitators: { leadId: lead.id, coFacilitatorIds: [] },
  });

  await signInAs("admin");
  await expect(page.getByRole("heading", { name: "Cohorts at risk" })).toBeVisible();
  await expect(page.getByText(name)).toBeVisible();
  await expect(page.getByRole("textbox", { name: "At-risk window" })).toBeVisible();

  await page.getByRole("button", { name: `Postpone ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Postpone ${name}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("textbox", { name: "Move sessions later by" }).fill("2");
  await dialog.getByRole("textbox", { name: "Reason" }).fill("Too few sign-ups yet");
  await dialog.getByRole("button", { name: "Postpone" }).click();
  await expect(page.getByText(`${name} is postponed`)).toBeVisible();
  await expect(dialog).toBeHidden();
});
