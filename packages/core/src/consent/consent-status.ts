/** Pure rules for whether a member's consent to a document is current. */

export interface VersionFacts {
  id: string;
  version: number;
  requiresReconsent: boolean;
}

export interface RecordFacts {
  versionId: string;
  action: "GIVEN" | "WITHDRAWN";
  occurredAt: Date;
  createdAt: Date;
}

/** The oldest version whose consent still counts: the latest one that demanded re-consent. */
export function minimumCurrentVersion(versions: VersionFacts[]): number {
  const demanding = versions.filter((v) => v.requiresReconsent || v.version === 1).map((v) => v.version);
  return demanding.length ? Math.max(...demanding) : 1;
}

export type ConsentState =
  | { current: true; versionNumber: number; since: Date }
  | { current: false; reason: "none" | "withdrawn" | "outdated"; message: string };

/**
 * Current when the member's latest record for the document is a GIVEN one to a version at or
 * after the minimum; a later withdrawal, or only older versions, means not current.
 */
export function evaluateConsent(versions: VersionFacts[], records: RecordFacts[]): ConsentState {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const latest = records
    .filter((r) => byId.has(r.versionId))
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!latest) return { current: false, reason: "none", message: "has not consented to this program's consent document" };
  if (latest.action === "WITHDRAWN") return { current: false, reason: "withdrawn", message: "has withdrawn consent" };
  const version = byId.get(latest.versionId)?.version ?? 0;
  const minimum = minimumCurrentVersion(versions);
  if (version < minimum) {
    return {
      current: false,
      reason: "outdated",
      message: `consented to version ${version}, but version ${minimum} requires consent again`,
    };
  }
  return { current: true, versionNumber: version, since: latest.occurredAt };
}
