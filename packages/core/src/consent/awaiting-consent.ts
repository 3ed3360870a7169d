import type { Db, Prisma } from "@circle/db";
import type { Actor } from "../actor.ts";
import { consentStatesByDocument } from "./consent-records.ts";

type Reader = Db | Prisma.TransactionClient;

/** Cohorts that may still meet; of these, those with no session held yet are "before session 1". */
const LIVE = { status: { in: ["PLANNED" as const, "OPEN_FOR_INTAKE" as const, "RUNNING" as const] } };

const personSelect = { id: true, firstName: true, lastName: true, preferredName: true } satisfies Prisma.MemberSelect;

export interface AwaitingConsent {
  cohortId: string;
  cohortName: string;
  startDate: Date;
  /** the version to consent to, or null when the program has no consent document */
  versionId: string | null;
  people: {
    memberId: string;
    firstName: string;
    lastName: string;
    preferredName: string | null;
    /** the accepted application they join from; null once enrolled */
    applicationId: string | null;
    enrolled: boolean;
    reason: "none" | "withdrawn" | "outdated";
  }[];
}

/**
 * Who in these cohorts still lacks current consent before session 1: people accepted for the
 * cohort (who cannot be enrolled without it) and enrolled members whose consent was withdrawn or
 * outdated by a new version. Cohorts that have held a session are left out: from then on the
 * roster's consent column says it. A few queries whatever the number of cohorts.
 */
export async function listAwaitingConsent(db: Reader, which: Prisma.CohortWhereInput): Promise<AwaitingConsent[]> {
  // The same statements whether or not a cohort matches: a count per request that depends only
  // on the request (tools/demo's statement-count test holds it).
  const cohorts = await db.cohort.findMany({
    where: { AND: [which, LIVE, { sessions: { none: { status: "HELD" } } }] },
    select: {
      id: true,
      name: true,
      startDate: true,
      program: { select: { consentDocumentId: true } },
      enrollments: { where: { status: "ENROLLED" }, select: { member: { select: personSelect } } },
      applications: {
        where: { status: "ACCEPTED", enrollments: { none: {} } },
        select: { id: true, member: { select: personSelect } },
      },
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
  const candidatesOf = cohorts.map((cohort) => {
    const enrolledIds = new Set(cohort.enrollments.map((e) => e.member.id));
    return [
      ...cohort.enrollments.map((e) => ({ ...e.member, applicationId: null, enrolled: true })),
      ...cohort.applications
        .filter((a) => !enrolledIds.has(a.member.id))
        .map((a) => ({ ...a.member, applicationId: a.id, enrolled: false })),
    ];
  });
  // Every cohort's people against their program's document, in one read for all of them.
  const membersOf = new Map<string, string[]>();
  cohorts.forEach((cohort, i) => {
    const documentId = cohort.program.consentDocumentId;
    if (documentId)
      membersOf.set(documentId, [...(membersOf.get(documentId) ?? []), ...(candidatesOf[i] ?? []).map((c) => c.id)]);
  });
  const { statesOf, latestVersionOf } = await consentStatesByDocument(db, membersOf);

  const result: AwaitingConsent[] = [];
  cohorts.forEach((cohort, i) => {
    const documentId = cohort.program.consentDocumentId;
    const states = documentId ? statesOf.get(documentId) : undefined;
    const people = (candidatesOf[i] ?? []).flatMap(({ id, ...person }) => {
      const state = states?.get(id);
      if (state?.current) return [];
      return [{ memberId: id, ...person, reason: state && !state.current ? state.reason : ("none" as const) }];
    });
    result.push({
      cohortId: cohort.id,
      cohortName: cohort.name,
      startDate: cohort.startDate,
      versionId: documentId ? (latestVersionOf.get(documentId) ?? null) : null,
      people,
    });
  });
  return result;
}

/** The facilitator's home: their cohorts before session 1 where someone still lacks consent. */
export async function awaitingConsentInMyCohorts(db: Db, actor: Actor): Promise<AwaitingConsent[]> {
  const all = await listAwaitingConsent(db, { facilitators: { some: { userId: actor.userId } } });
  return all.filter((cohort) => cohort.people.length > 0);
}
