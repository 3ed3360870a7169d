export interface ConsentRecordFacts {
  action: "GIVEN" | "WITHDRAWN";
  occurredAt: Date;
  createdAt: Date;
  version: { version: number; document: { id: string } };
}

export type ConsentStanding =
  | { state: "current"; versionNumber: number; since: Date }
  | { state: "none" | "withdrawn" }
  | { state: "outdated"; versionNumber: number };

/**
 * The same reading the server makes before enrolling (it decides; this only shows): the latest
 * record for the document counts when it is a consent to a version at or after the minimum.
 */
export function consentStanding(records: ConsentRecordFacts[], documentId: string, minimumVersion: number): ConsentStanding {
  const latest = records
    .filter((record) => record.version.document.id === documentId)
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!latest) return { state: "none" };
  if (latest.action === "WITHDRAWN") return { state: "withdrawn" };
  if (latest.version.version < minimumVersion) return { state: "outdated", versionNumber: latest.version.version };
  return { state: "current", versionNumber: latest.version.version, since: latest.occurredAt };
}
