import { expect, test, trpc } from "../fixtures.ts";
import { arrangeClosedCohort, RISK_PROMPT } from "./support/closed-cohort.ts";

test("an admin adds a scale question with a risk threshold, reorders by keyboard, and cannot rewrite an answered question", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR");
  const setup = await arrangeClosedCohort(adminApi, marker, lead.id);
  await signInAs("admin");

  await page.goto(`/programs/${setup.programId}`);
  await page.getByRole("link", { name: "Screening questions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Screening: ${setup.programName}` })).toBeVisible();
  const questions = page.getByRole("list", { name: "Screening questions" });
  await expect(questions.getByRole("listitem")).toHaveCount(1);

  await page.getByRole("button", { name: "Add question" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Question" }).fill("How would you rate your distress this week?");
  await dialog.getByRole("combobox", { name: "Kind of answer" }).selectOption({ label: "Scale" });
  await dialog.getByRole("textbox", { name: "Flag answers at or above" }).fill("8");
  await dialog.getByRole("button", { name: "Add question" }).click();
  // A threshold without naming the risk is refused beside the field.
  await expect(dialog.getByText("Name the risk this answer indicates")).toBeVisible();
  await dialog.getByRole("textbox", { name: "Risk it indicates" }).fill("Very high distress");
  await dialog.getByRole("button", { name: "Add question" }).click();
  await expect(dialog).toBeHidden();
  await expect(questions.getByRole("listitem")).toHaveCount(2);
  await expect(questions.getByRole("listitem").nth(1)).toContainText("Flags “Very high distress” when the answer is 8 or higher");

  // Reordering by keyboard keeps focus on the moved question's controls.
  await page.getByRole("button", { name: "Move question 2 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(questions.getByRole("listitem").first()).toContainText("How would you rate your distress this week?");
  await expect(page.getByRole("button", { name: "Move question 1 down" })).toBeFocused();
  await page.reload();
  await expect(questions.getByRole("listitem").nth(1)).toContainText(RISK_PROMPT);

  // Once someone has answered a question, its wording is fixed: the server says why.
  const scale = await trpc<{ id: string; kind: string }[]>(adminApi, "intake.questions", { programId: setup.programId }, "query");
  await trpc(adminApi, "intake.record", {
    applicant: { newMember: { firstName: "Ivo", lastName: `Quill${marker}`, email: `ivo-${marker}@example.org` } },
    programId: setup.programId,
    referralSource: "SELF",
    answers: scale.map((question) => ({ questionId: question.id, value: question.kind === "SCALE" ? 3 : false })),
  });
  await page.getByRole("button", { name: "Edit question 2" }).click();
  await dialog.getByRole("textbox", { name: "Question" }).fill("Are you thinking of harming yourself?");
  await dialog.getByRole("button", { name: "Save question" }).click();
  await expect(dialog.getByRole("alert")).toContainText("This question already has answers; archive it and add a new one");
});

test("publishing a new consent version asks whether current members must consent again, and keeps the old text", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR");
  const setup = await arrangeClosedCohort(adminApi, marker, lead.id);
  await signInAs("admin");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Consent" }).click();
  await page.getByRole("link", { name: setup.documentTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: setup.documentTitle })).toBeVisible();

  await page.getByRole("button", { name: "Publish new version" }).click();
  const text = page.getByRole("textbox", { name: "Text" });
  await text.fill(`${await text.inputValue()}\n\n## Recording\nSessions are never recorded.`);
  // The preview renders the new section as it is typed.
  await expect(page.getByRole("heading", { name: "Recording" }).first()).toBeVisible();
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.getByText("Choose whether current members must consent again")).toBeVisible();
  await page.getByRole("radio", { name: "Yes: current members must consent again" }).check();
  await page.getByRole("button", { name: "Publish version 2" }).click();

  const history = page.getByRole("table", { name: "Version history" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row", { name: /Version 2/ })).toContainText("Yes");
  await expect(page.getByRole("heading", { name: "Version 2", exact: true })).toBeVisible();
  await expect(page.getByText("Sessions are never recorded.")).toBeVisible();

  // Version 1 reads exactly as it was published.
  await page.getByRole("button", { name: "Read version 1" }).click();
  await expect(page.getByRole("heading", { name: "Version 1", exact: true })).toBeVisible();
  await expect(page.getByText("Sessions are never recorded.")).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]version=1/);
});
