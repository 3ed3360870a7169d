import { describe, expect, it } from "vitest";
import { evaluateConsent, minimumCurrentVersion, type RecordFacts, type VersionFacts } from "./consent-status.ts";

const v1: VersionFacts = { id: "v1", version: 1, requiresReconsent: true };
const v2Reconsent: VersionFacts = { id: "v2", version: 2, requiresReconsent: true };
const v2Minor: VersionFacts = { id: "v2", version: 2, requiresReconsent: false };
const v3Minor: VersionFacts = { id: "v3", version: 3, requiresReconsent: false };

const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12));
function given(versionId: string, on: number, createdOn = on): RecordFacts {
  return { versionId, action: "GIVEN", occurredAt: day(on), createdAt: day(createdOn) };
}
function withdrawn(versionId: string, on: number, createdOn = on): RecordFacts {
  return { versionId, action: "WITHDRAWN", occurredAt: day(on), createdAt: day(createdOn) };
}

describe("whether a member's consent is current", () => {
  it("is not current with no record", () => {
    expect(evaluateConsent([v1], [])).toEqual({
      current: false,
      reason: "none",
      message: "has not consented to this program's consent document",
    });
  });

  it("is current once given", () => {
    expect(evaluateConsent([v1], [given("v1", 3)])).toEqual({ current: true, versionNumber: 1, since: day(3) });
  });

  it("is not current after a withdrawal that follows it", () => {
    expect(evaluateConsent([v1], [given("v1", 3), withdrawn("v1", 10)])).toEqual({
      current: false,
      reason: "withdrawn",
      message: "has withdrawn consent",
    });
  });

  it("is current again when given again after a withdrawal", () => {
    expect(evaluateConsent([v1], [given("v1", 3), withdrawn("v1", 10), given("v1", 12)])).toEqual({
      current: true,
      versionNumber: 1,
      since: day(12),
    });
  });

  it("goes by when things happened, not the order they were entered in", () => {
    // a paper signature from day 12 typed in after the withdrawal of day 10 was recorded
    expect(evaluateConsent([v1], [withdrawn("v1", 10, 10), given("v1", 12, 11)]).current).toBe(true);
    // a withdrawal on day 10 entered after a day-3 consent: withdrawn
    expect(evaluateConsent([v1], [withdrawn("v1", 10, 11), given("v1", 3, 12)]).current).toBe(false);
    // same moment: the later entry wins
    expect(evaluateConsent([v1], [given("v1", 5, 5), withdrawn("v1", 5, 6)]).current).toBe(false);
  });

  it("is outdated once a version that requires re-consent is published", () => {
    expect(evaluateConsent([v1, v2Reconsent], [given("v1", 3)])).toEqual({
      current: false,
      reason: "outdated",
      message: "consented to version 1, but version 2 requires consent again",
    });
    expect(evaluateConsent([v1, v2Reconsent], [given("v1", 3), given("v2", 20)])).toEqual({
      current: true,
      versionNumber: 2,
      since: day(20),
    });
  });

  it("stays current after a version that does not require re-consent", () => {
    expect(evaluateConsent([v1, v2Minor], [given("v1", 3)])).toEqual({ current: true, versionNumber: 1, since: day(3) });
  });

  it("holds the re-consent line through later minor versions", () => {
    const versions = [v1, v2Reconsent, v3Minor];
    expect(evaluateConsent(versions, [given("v1", 3)]).current).toBe(false);
    expect(evaluateConsent(versions, [given("v2", 3)]).current).toBe(true);
    expect(evaluateConsent(versions, [given("v3", 3)]).current).toBe(true);
  });

  it("ignores records for versions of other documents", () => {
    expect(evaluateConsent([v1], [given("another-document-v1", 3)]).current).toBe(false);
    expect(evaluateConsent([v1], [given("v1", 3), withdrawn("another-document-v1", 9)]).current).toBe(true);
  });
});

describe("the oldest version whose consent still counts", () => {
  it("is the latest version that demanded re-consent (version 1 always counts as one)", () => {
    expect(minimumCurrentVersion([])).toBe(1);
    expect(minimumCurrentVersion([v1])).toBe(1);
    expect(minimumCurrentVersion([{ ...v1, requiresReconsent: false }])).toBe(1);
    expect(minimumCurrentVersion([v1, v2Minor])).toBe(1);
    expect(minimumCurrentVersion([v1, v2Reconsent])).toBe(2);
    expect(minimumCurrentVersion([v3Minor, v2Reconsent, v1])).toBe(2);
  });
});
