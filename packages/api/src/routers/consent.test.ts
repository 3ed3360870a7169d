import { uniqueSuffix } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import {
  CONSENT_TEXT,
  expectRefusal,
  makeConsentDocument,
  makeProgramWithConsent,
  newMember,
  type ProgramWithConsent,
  recordApplication,
  recordESignature,
} from "../testing/intake.ts";
import { type Caller, MISSING_ID, makeCohort } from "../testing/programs.ts";
import { clientShapeOf, expectRefused } from "../testing/refusals.ts";

let h: Harness;
let admin: Caller;
let adminId: string;
let leadId: string;
beforeAll(async () => {
  h = await openHarness();
  ({
    caller: admin,
    user: { id: adminId },
  } = await h.signedIn("ADMIN", { name: "Avery Admin" }));
  ({
    user: { id: leadId },
  } = await h.signedIn("FACILITATOR", { name: "Lee Lead" }));
});
afterAll(() => h.close());

const db = () => h.services.db;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const REVISED = `${CONSENT_TEXT}\n\nSessions are not recorded. Fees: none.`;

/** A member (made through an application) of the program, with the name they must type to e-sign. */
async function makeMember(program: { id: string }, overrides: Parameters<typeof newMember>[0] = {}) {
  const person = newMember(overrides);
  const application = await recordApplication(admin, program, { applicant: { newMember: person } });
  return { id: application.memberId, fullName: `${person.firstName} ${person.lastName}` };
}

describe("consent documents", () => {
  it("a new document is version 1; publishing version 2 leaves version 1's text as it was", async () => {
    const document = await admin.consent.createDocument({ title: `Group agreement ${uniqueSuffix()}`, body: CONSENT_TEXT });
    const v1 = await admin.consent.document({ documentId: document.id });
    expect(v1.versions).toEqual([
      expect.objectContaining({ version: 1, body: CONSENT_TEXT, requiresReconsent: true, publishedBy: { name: "Avery Admin" } }),
    ]);

    const v2 = await admin.consent.publishVersion({ documentId: document.id, body: REVISED, requiresReconsent: false });
    expect(v2).toMatchObject({ version: 2, body: REVISED, requiresReconsent: false, publishedById: adminId });

    const after = await admin.consent.document({ documentId: document.id });
    expect(after.versions.map((v) => [v.version, v.body])).toEqual([
      [2, REVISED],
      [1, CONSENT_TEXT],
    ]);
    expect(after.versions[1]).toEqual(v1.versions[0]);
    expect(after.minimumCurrentVersion).toBe(1);
    const listed = (await admin.consent.documents()).find((d) => d.id === document.id);
    expect(listed).toMatchObject({ versionCount: 2, latestVersion: { version: 2 }, minimumCurrentVersion: 1 });
    expect(
      await db().auditEvent.findMany({
        where: { entityId: document.id },
        orderBy: { createdAt: "asc" },
        select: { action: true },
      }),
    ).toEqual([{ action: "consent.create_document" }, { action: "consent.publish_version" }]);
  });

  it("refuses a version whose text is the same as the current one", async () => {
    const { documentId } = await makeConsentDocument(admin);
    for (const body of [CONSENT_TEXT, `  ${CONSENT_TEXT}\n`]) {
      await expectRefusal(
        admin.consent.publishVersion({ documentId, body, requiresReconsent: true }),
        "BAD_REQUEST",
        "The text is the same as the current version",
        "body",
      );
    }
    await admin.consent.publishVersion({ documentId, body: REVISED, requiresReconsent: true });
    await expectRefused(
      admin.consent.publishVersion({ documentId, body: REVISED, requiresReconsent: false }),
      "BAD_REQUEST",
      "body",
    );
    expect((await admin.consent.document({ documentId })).versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it("refuses a second document with the same title, a missing text, and an unknown document", async () => {
    const { title } = await makeConsentDocument(admin);
    await expectRefusal(
      admin.consent.createDocument({ title, body: REVISED }),
      "CONFLICT",
      "A consent document with this title exists; publish a new version of it instead",
      "title",
    );
    const error = await expectRefused(admin.consent.createDocument({ title: "Short", body: "Be kind." }), "BAD_REQUEST", "body");
    expect(clientShapeOf(error).data.fieldErrors?.body).toEqual(["Write the full text of the document"]);
    await expectRefused(
      admin.consent.publishVersion({ documentId: MISSING_ID, body: REVISED, requiresReconsent: true }),
      "NOT_FOUND",
    );
  });
});

describe("recording consent", () => {
  let program: ProgramWithConsent;
  beforeAll(async () => {
    program = await makeProgramWithConsent(admin);
  });

  it("an e-signature is the member's full name as recorded, whatever the case and spacing", async () => {
    const member = await makeMember(program, { firstName: "Ada", preferredName: "Addie" });
    const [first, last] = member.fullName.split(" ");
    const sign = (signedName?: string) =>
      admin.consent.record({ memberId: member.id, versionId: program.consent.versionId, method: "E_SIGNATURE", signedName });

    const missing = await expectRefused(sign(), "BAD_REQUEST", "signedName");
    expect(clientShapeOf(missing).data.fieldErrors?.signedName).toEqual(["Type the member's full name to sign"]);
    for (const wrong of [`Addie ${last}`, `${first}`, `${first} ${last} Jr`]) {
      await expectRefusal(
        sign(wrong),
        "BAD_REQUEST",
        `Type the member's full name exactly as recorded: ${member.fullName}`,
        "signedName",
      );
    }
    expect(await db().consentRecord.count({ where: { memberId: member.id } })).toBe(0);

    const record = await sign(`  ${first?.toLowerCase()}    ${last?.toUpperCase()} `);
    expect(record).toMatchObject({
      memberId: member.id,
      versionId: program.consent.versionId,
      action: "GIVEN",
      method: "E_SIGNATURE",
      signedName: `${first?.toLowerCase()}    ${last?.toUpperCase()}`,
      recordedById: adminId,
    });
    expect(await db().auditEvent.count({ where: { entityId: member.id, action: "consent.record", actorId: adminId } })).toBe(1);
  });

  it("verbal consent needs a witness: a name, or an active staff account", async () => {
    const member = await makeMember(program);
    const verbal = (witness: { witnessName?: string; witnessedById?: string }) =>
      admin.consent.record({
        memberId: member.id,
        versionId: program.consent.versionId,
        method: "VERBAL_WITH_WITNESS",
        ...witness,
      });
    const { user: former } = await h.signedIn("FACILITATOR", { active: false });

    const error = await expectRefused(verbal({}), "BAD_REQUEST", "witnessName");
    expect(clientShapeOf(error).data.fieldErrors?.witnessName).toEqual(["Name the witness"]);
    await expectRefusal(
      verbal({ witnessedById: former.id }),
      "BAD_REQUEST",
      "The witness must be an active staff account",
      "witnessedById",
    );
    await verbal({ witnessName: "Jordan Reyes (peer volunteer)" });
    await verbal({ witnessedById: leadId });
    const history = (await admin.members.get({ memberId: member.id })).consentRecords;
    expect(history.map((r) => ({ method: r.method, witnessName: r.witnessName, witnessedBy: r.witnessedBy }))).toEqual(
      expect.arrayContaining([
        { method: "VERBAL_WITH_WITNESS", witnessName: "Jordan Reyes (peer volunteer)", witnessedBy: null },
        { method: "VERBAL_WITH_WITNESS", witnessName: null, witnessedBy: { name: "Lee Lead" } },
      ]),
    );
  });

  it("a paper signature may be dated in the past, never in the future; member and version must exist", async () => {
    const member = await makeMember(program);
    const paper = (extra: { occurredAt?: Date; memberId?: string; versionId?: string }) =>
      admin.consent.record({ memberId: member.id, versionId: program.consent.versionId, method: "SIGNED_ON_PAPER", ...extra });
    await expectRefusal(
      paper({ occurredAt: new Date(Date.now() + 86_400_000) }),
      "BAD_REQUEST",
      "Consent cannot be recorded in the future",
      "occurredAt",
    );
    await expectRefusal(paper({ memberId: MISSING_ID }), "BAD_REQUEST", "That member does not exist", "memberId");
    await expectRefusal(
      paper({ versionId: MISSING_ID }),
      "BAD_REQUEST",
      "That consent document version does not exist",
      "versionId",
    );
    const signedOn = daysAgo(3);
    expect(await paper({ occurredAt: signedOn })).toMatchObject({
      action: "GIVEN",
      method: "SIGNED_ON_PAPER",
      occurredAt: signedOn,
    });
  });

  it("refuses a withdrawal dated in the future, which would void consent given before that date", async () => {
    const member = await makeMember(program);
    await recordESignature(admin, db(), member.id, program.id);
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000);
    await expectRefusal(
      admin.consent.withdraw({
        memberId: member.id,
        documentId: program.consent.documentId,
        reason: "Moving",
        occurredAt: inTwoWeeks,
      }),
      "BAD_REQUEST",
      "A withdrawal cannot be dated in the future",
      "occurredAt",
    );
    expect(await db().consentRecord.count({ where: { memberId: member.id, action: "WITHDRAWN" } })).toBe(0);
  });

  it("withdrawing is a new WITHDRAWN record with its reason; the consent it withdraws stays as it was", async () => {
    const member = await makeMember(program);
    const given = await recordESignature(admin, db(), member.id, program.id);
    const withdrawal = await admin.consent.withdraw({
      memberId: member.id,
      documentId: program.consent.documentId,
      reason: "Decided the group is not right for her now",
    });
    expect(withdrawal).toMatchObject({
      memberId: member.id,
      versionId: program.consent.versionId,
      action: "WITHDRAWN",
      method: null,
      reason: "Decided the group is not right for her now",
      recordedById: adminId,
    });
    expect(await db().consentRecord.findMany({ where: { memberId: member.id }, orderBy: { createdAt: "asc" } })).toEqual([
      given,
      withdrawal,
    ]);
    await expectRefusal(
      admin.consent.withdraw({ memberId: member.id, documentId: program.consent.documentId, reason: "Again" }),
      "BAD_REQUEST",
      "There is no current consent to withdraw",
      "documentId",
    );
    await expectRefused(
      admin.consent.withdraw({ memberId: member.id, documentId: program.consent.documentId, reason: " " }),
      "BAD_REQUEST",
      "reason",
    );
  });

  it("the database refuses to change or delete a consent record, however it is asked", async () => {
    const member = await makeMember(program);
    const record = await recordESignature(admin, db(), member.id, program.id);
    // the trigger refuses even the owner; the server's own role is refused the privilege first
    const appendOnly = /consent records are append-only|permission denied/;

    await expect(
      h.handle.sql.exec(`UPDATE "ConsentRecord" SET "signedName" = 'someone else' WHERE id = '${record.id}'`),
    ).rejects.toThrow(appendOnly);
    await expect(h.handle.sql.exec(`DELETE FROM "ConsentRecord" WHERE id = '${record.id}'`)).rejects.toThrow(appendOnly);
    await expect(db().$executeRaw`UPDATE "ConsentRecord" SET "occurredAt" = now() WHERE id = ${record.id}::uuid`).rejects.toThrow(
      appendOnly,
    );
    await expect(db().consentRecord.update({ where: { id: record.id }, data: { action: "WITHDRAWN" } })).rejects.toThrow(
      appendOnly,
    );
    await expect(db().consentRecord.deleteMany({ where: { memberId: member.id } })).rejects.toThrow(appendOnly);

    expect(await db().consentRecord.findMany({ where: { memberId: member.id } })).toEqual([record]);
  });
});

describe("re-consent after a new version", () => {
  it("a version requiring re-consent makes earlier consent not current; one that does not, leaves it current", async () => {
    const program = await makeProgramWithConsent(admin);
    const { documentId, versionId: v1 } = program.consent;
    const enrolledEarly = await makeMember(program);
    const later = await makeMember(program, { firstName: "Kit" });
    const cohort = await makeCohort(admin, program, leadId);
    for (const member of [enrolledEarly, later]) {
      await admin.consent.record({ memberId: member.id, versionId: v1, method: "E_SIGNATURE", signedName: member.fullName });
    }

    await admin.consent.publishVersion({ documentId, body: REVISED, requiresReconsent: false });
    await admin.enrollment.enroll({ cohortId: cohort.id, memberId: enrolledEarly.id });
    expect((await admin.enrollment.roster({ cohortId: cohort.id })).enrollments).toEqual([
      expect.objectContaining({ member: expect.objectContaining({ id: enrolledEarly.id }), consentCurrent: true }),
    ]);

    const v3 = await admin.consent.publishVersion({
      documentId,
      body: `${REVISED}\n\nNew: crisis plan.`,
      requiresReconsent: true,
    });
    expect((await admin.consent.document({ documentId })).minimumCurrentVersion).toBe(3);
    await expectRefusal(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: later.id }),
      "BAD_REQUEST",
      `${later.fullName} consented to version 1, but version 3 requires consent again; record current consent before enrolling`,
      "memberId",
    );
    // current members are shown as needing to consent again
    expect((await admin.enrollment.roster({ cohortId: cohort.id })).enrollments[0]?.consentCurrent).toBe(false);

    await admin.consent.record({ memberId: later.id, versionId: v3.id, method: "E_SIGNATURE", signedName: later.fullName });
    await admin.enrollment.enroll({ cohortId: cohort.id, memberId: later.id });
    const roster = await admin.enrollment.roster({ cohortId: cohort.id });
    expect(roster.enrolled).toBe(2);
    // each member's own records decide: one has re-consented, the other still must
    const consentOf = (id: string) => roster.enrollments.find((e) => e.member.id === id)?.consentCurrent;
    expect(consentOf(later.id)).toBe(true);
    expect(consentOf(enrolledEarly.id)).toBe(false);
  });
});

describe("the member page", () => {
  it("shows the consent history, newest first, with version, method, witness and who recorded it", async () => {
    const program = await makeProgramWithConsent(admin);
    const member = await makeMember(program);
    const { documentId, versionId: v1, title } = program.consent;
    await admin.consent.record({ memberId: member.id, versionId: v1, method: "SIGNED_ON_PAPER", occurredAt: daysAgo(10) });
    await admin.consent.withdraw({ memberId: member.id, documentId, reason: "Needs a break", occurredAt: daysAgo(5) });
    const v2 = await admin.consent.publishVersion({ documentId, body: REVISED, requiresReconsent: true });
    await admin.consent.record({ memberId: member.id, versionId: v2.id, method: "E_SIGNATURE", signedName: member.fullName });

    const { consentRecords } = await admin.members.get({ memberId: member.id });
    expect(
      consentRecords.map((r) => ({
        action: r.action,
        method: r.method,
        version: r.version.version,
        document: r.version.document.title,
        reason: r.reason,
        recordedBy: r.recordedBy?.name,
      })),
    ).toEqual([
      { action: "GIVEN", method: "E_SIGNATURE", version: 2, document: title, reason: null, recordedBy: "Avery Admin" },
      { action: "WITHDRAWN", method: null, version: 1, document: title, reason: "Needs a break", recordedBy: "Avery Admin" },
      { action: "GIVEN", method: "SIGNED_ON_PAPER", version: 1, document: title, reason: null, recordedBy: "Avery Admin" },
    ]);
  });
});
