import { ADMIN } from "../e2e-env.ts";
import { expect, test } from "../fixtures.ts";
import {
  arrangeApplicant,
  arrangeClosedCohort,
  arrangeConsentingApplicant,
  CONSENT_SENTENCE,
  holdFirstSession,
  RISK_LABEL,
  RISK_PROMPT,
} from "./support/closed-cohort.ts";

test("from a risk-flagged application to a full, closed cohort: acknowledge, interview, accept, consent, enroll, waitlist, lock", async ({
  page,
  adminApi,
  createAccount,
  signInAs,
}) => {
  test.setTimeout(180_000);
  const marker = `${Date.now().toString(36)}${test.info().workerIndex}`;
  const lead = await createAccount("FACILITATOR");
  const setup = await arrangeClosedCohort(adminApi, marker, lead.id);
  const ada = { firstName: "Ada", lastName: `Quill${marker}` };
  const adaName = `${ada.firstName} ${ada.lastName}`;
  const dialog = page.getByRole("dialog");

  await signInAs("admin");

  // ── An application for a new person, who answers the risk question "yes" ──
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Intake" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intake" })).toBeVisible();
  await page.getByRole("link", { name: "Record application" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Record application" })).toBeVisible();

  await page.getByRole("combobox", { name: "Program" }).selectOption({ label: setup.programName });
  await page.getByRole("combobox", { name: "Cohort" }).selectOption({ label: `${setup.cohortName} (Planned)` });
  await page.getByRole("textbox", { name: "First name" }).fill(ada.firstName);
  await page.getByRole("textbox", { name: "Last name" }).fill(ada.lastName);
  await page.getByRole("textbox", { name: "Email" }).fill(`ada-${marker}@example.org`);
  await page.getByRole("textbox", { name: "Pronouns" }).fill("she/her");
  await page.getByRole("combobox", { name: "Referral source" }).selectOption({ label: "Self-referred" });
  const riskQuestion = page.getByRole("radiogroup", { name: RISK_PROMPT });
  await riskQuestion.getByRole("radio", { name: "Yes" }).check();
  await expect(page.getByText(`Risk indicator: ${RISK_LABEL}.`)).toBeVisible();
  await page
    .getByRole("textbox", { name: "Notes" })
    .fill("Lost her mother in the spring; wants to meet others going through it.");
  await page.getByRole("button", { name: "Record application" }).click();

  // ── The application page shows the flag; accepting is blocked until it is acknowledged ──
  await expect(page.getByRole("heading", { level: 1, name: `${adaName}: application` })).toBeVisible();
  await expect(page.getByText("Risk flag: not yet acknowledged")).toBeVisible();
  const answers = page.getByRole("list").filter({ hasText: RISK_PROMPT });
  await expect(answers.getByText(RISK_LABEL)).toBeVisible();

  await page.getByRole("button", { name: "Start screening" }).click();
  await dialog.getByRole("textbox", { name: "Reason" }).fill("Screening call booked for tomorrow");
  await dialog.getByRole("button", { name: "Start screening" }).click();
  await expect(dialog).toBeHidden();

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await dialog.getByLabel("Interview date").fill(tomorrow);
  await dialog.getByLabel("Interview time").fill("10:30");
  await dialog.getByRole("combobox", { name: "Interviewer" }).selectOption({ label: `${lead.name} (Facilitator)` });
  await dialog.getByRole("textbox", { name: "Reason" }).fill("Talk through the risk answer and her goals");
  await dialog.getByRole("button", { name: "Schedule interview" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Accept", exact: true })).toBeDisabled();
  await expect(page.getByText("Accepting is blocked until the risk flag is acknowledged with a note.")).toBeVisible();

  const note = "Discussed at interview: passive thoughts, has a safety plan and sees her GP monthly. Group is suitable.";
  await page.getByRole("textbox", { name: "Acknowledgement note" }).fill(note);
  await page.getByRole("button", { name: "Acknowledge risk flag" }).click();
  await expect(page.getByText(`Acknowledged by ${ADMIN.name} on`)).toBeVisible();
  await expect(page.getByText(note).first()).toBeVisible();

  const timeline = page.getByRole("list", { name: "Application timeline" });
  await expect(timeline).toContainText("Risk flag raised");
  await expect(timeline).toContainText("Interview scheduled");
  await expect(timeline).toContainText("Risk flag acknowledged");

  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await dialog.getByRole("textbox", { name: "Reason" }).fill("Interview went well; the group fits what she is looking for");
  await dialog.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { name: "Accepted: what comes next" })).toBeVisible();

  // ── Consent: the document in full first, then an e-signature by typed full name ──
  await page.getByRole("link", { name: "Record consent" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Record consent: ${adaName}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: `${setup.documentTitle}, version 1` })).toBeVisible();
  await expect(page.getByText(CONSENT_SENTENCE)).toBeVisible();
  await page.getByRole("radio", { name: "E-signature (typed full name)" }).check();
  await page.getByRole("checkbox", { name: /had the whole of version 1/ }).check();
  await page.getByRole("textbox", { name: "Typed full name" }).fill("Ada Lovelace");
  await page.getByRole("button", { name: "Record consent" }).click();
  await expect(page.getByText(`Type the member's full name exactly as recorded: ${adaName}`)).toBeVisible();
  await page.getByRole("textbox", { name: "Typed full name" }).fill(adaName);
  await page.getByRole("button", { name: "Record consent" }).click();

  // ── Back on the application: consent is on file, so she can be enrolled ──
  await expect(page.getByRole("heading", { level: 1, name: `${adaName}: application` })).toBeVisible();
  await expect(page.getByText(`consented to ${setup.documentTitle}, version 1`)).toBeVisible();
  await page.getByRole("button", { name: "Enroll Ada" }).click();
  await expect(page.getByText(`${adaName} is enrolled in ${setup.cohortName}.`)).toBeVisible();

  // ── A second person, accepted with consent on file, takes the last seat ──
  const ben = await arrangeConsentingApplicant(adminApi, setup, "Ben");
  await page.goto(`/intake/${ben.applicationId}`);
  await page.getByRole("button", { name: "Enroll Ben" }).click();
  await expect(page.getByText(`Ben ${ben.lastName} is enrolled in ${setup.cohortName}.`)).toBeVisible();

  // ── A third is waitlisted, and waits first in line on the roster ──
  const cy = await arrangeApplicant(adminApi, setup, "Cy");
  await page.goto(`/intake/${cy.applicationId}`);
  await page.getByRole("button", { name: "Waitlist", exact: true }).click();
  await dialog.getByRole("textbox", { name: "Reason" }).fill("The cohort is full");
  await dialog.getByRole("button", { name: "Waitlist", exact: true }).click();
  await expect(dialog).toBeHidden();

  await page.goto(`/cohorts/${setup.cohortId}/roster`);
  await expect(page.getByText("2 of 2 enrolled · full")).toBeVisible();
  await expect(page.getByText("Enrollment closes after the first session is held")).toBeVisible();
  const roster = page.getByRole("table", { name: "Roster" });
  await expect(roster.getByRole("row")).toHaveCount(3);
  await expect(roster).toContainText(adaName);
  await expect(roster).toContainText(`Ben ${ben.lastName}`);
  const waitlist = page.getByRole("table", { name: "Waitlist" });
  await expect(waitlist.getByRole("row", { name: new RegExp(`Cy ${cy.lastName}`) })).toContainText("Waiting");

  // ── The first session is held: the group is closed, and a fourth consenting person is refused ──
  await holdFirstSession(adminApi, setup.cohortId);
  const dee = await arrangeConsentingApplicant(adminApi, setup, "Dee");
  await page.goto(`/intake/${dee.applicationId}`);
  await expect(page.getByText(`consented to ${setup.documentTitle}, version 1`)).toBeVisible();
  await page.getByRole("button", { name: "Enroll Dee" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Enrollment refused" });
  await expect(refusal).toContainText(
    `Enrollment in ${setup.cohortName} is closed: the first session has been held, and this is a closed group`,
  );

  await page.goto(`/cohorts/${setup.cohortId}/roster`);
  await expect(page.getByText("Closed: the first session was held")).toBeVisible();
});
