import type { Db, Prisma } from "@circle/db";
import type { ListMembersInput, Page } from "@circle/validators";
import { deniedAsNotFound } from "../access/denied-as-not-found.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { boundedTotal, JOINED, LIST_COUNT_CAP, pageWindow, rowsOfPage } from "../paging.ts";
import { assertMayReadMembers, visibleApplicationsWhere, visibleMembersWhere } from "./member-access.ts";

const memberRow = {
  id: true,
  firstName: true,
  lastName: true,
  preferredName: true,
  pronouns: true,
  email: true,
  phone: true,
  createdAt: true,
  enrollments: { where: { status: "ENROLLED" }, select: { cohort: { select: { id: true, name: true } } } },
} satisfies Prisma.MemberSelect;

export type MemberRow = Prisma.MemberGetPayload<{ select: typeof memberRow }>;

export async function listMembers(db: Db, actor: Actor, input: ListMembersInput): Promise<Page<MemberRow>> {
  assertMayReadMembers(actor);
  const words = input.q?.split(/\s+/).filter(Boolean) ?? [];
  const where: Prisma.MemberWhereInput = {
    AND: [
      visibleMembersWhere(actor),
      input.cohortId ? { enrollments: { some: { cohortId: input.cohortId } } } : {},
      ...words.map((w) => ({
        OR: [
          { firstName: { contains: w, mode: "insensitive" as const } },
          { lastName: { contains: w, mode: "insensitive" as const } },
          { preferredName: { contains: w, mode: "insensitive" as const } },
          { email: { contains: w, mode: "insensitive" as const } },
        ],
      })),
    ],
  };
  const [page, total] = await Promise.all([
    db.member.findMany({
      where,
      select: { id: true },
      orderBy: [{ [input.sort]: input.desc ? "desc" : "asc" }, { id: "asc" }],
      ...pageWindow(input),
    }),
    boundedTotal(input, LIST_COUNT_CAP, (atMost) => db.member.count({ where, take: atMost })),
  ]);
  const rows = await rowsOfPage(page, (ids) => db.member.findMany({ where: { id: { in: ids } }, select: memberRow, ...JOINED }));
  // The list shows contact details: who read which people is on record (not what they searched).
  await recordAudit(db, actor, {
    action: "member.read_list",
    entityType: "Member",
    details: { memberIds: rows.map((r) => r.id), ...(input.cohortId ? { cohortId: input.cohortId } : {}) },
  });
  return { rows, ...total, page: input.page, pageSize: input.pageSize };
}

/** The member page: contact, enrollments and consent history (no screening answers here). */
export async function getMemberProfile(db: Db, actor: Actor, memberId: string) {
  assertMayReadMembers(actor);
  const member = await db.member.findFirst({
    where: { AND: [{ id: memberId }, visibleMembersWhere(actor)] },
    include: {
      enrollments: {
        orderBy: { enrolledAt: "desc" },
        include: {
          cohort: { select: { id: true, name: true, status: true, program: { select: { name: true } } } },
          statusChanges: { orderBy: { changedAt: "desc" }, include: { changedBy: { select: { name: true } } } },
        },
      },
      consentRecords: {
        orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
        include: {
          version: { select: { id: true, version: true, document: { select: { id: true, title: true } } } },
          recordedBy: { select: { name: true } },
          witnessedBy: { select: { name: true } },
        },
      },
      applications: {
        where: visibleApplicationsWhere(actor),
        orderBy: { submittedAt: "desc" },
        select: {
          id: true,
          status: true,
          submittedAt: true,
          riskFlagged: true,
          program: { select: { name: true } },
          cohort: { select: { name: true } },
        },
      },
      waitlistEntries: {
        where: { status: { in: ["WAITING", "OFFERED"] } },
        select: {
          id: true,
          status: true,
          position: true,
          offerExpiresAt: true,
          cohort: { select: { id: true, name: true } },
          program: { select: { name: true } },
        },
      },
    },
  });
  if (!member) throw await deniedAsNotFound(db, actor, "Member", memberId);
  // Contact, emergency contact and accessibility needs are sensitive: every read is on record.
  await recordAudit(db, actor, { action: "member.read_profile", entityType: "Member", entityId: memberId });
  return member;
}

interface Identity {
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
}

/** The digits a phone is compared by: its last seven, when it has six or more. */
function phoneDigitsOf(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/\D/g, "");
  return digits && digits.length >= 6 ? digits.slice(-7) : undefined;
}

/**
 * What findPossibleDuplicates compares, normalised, one key per fact: two people recorded at
 * once who would find each other as duplicates share at least one key (the caller locks them).
 */
export function identityKeysOf(input: Identity): string[] {
  const keys: string[] = [];
  const fold = (text: string) => text.trim().toLowerCase();
  if (input.firstName && input.lastName) keys.push(`member-identity:name:${fold(input.firstName)}|${fold(input.lastName)}`);
  if (input.email) keys.push(`member-identity:email:${fold(input.email)}`);
  const digits = phoneDigitsOf(input.phone);
  if (digits) keys.push(`member-identity:phone:${digits}`);
  return keys;
}

/**
 * Possible duplicates of a new applicant: the same name, or the same email or phone. Intake
 * staff pick the existing record instead of creating a second one.
 */
export async function findPossibleDuplicates(db: Db | Prisma.TransactionClient, input: Identity) {
  const digits = phoneDigitsOf(input.phone);
  const or: Prisma.MemberWhereInput[] = [];
  if (input.firstName && input.lastName) {
    or.push({
      firstName: { equals: input.firstName, mode: "insensitive" },
      lastName: { equals: input.lastName, mode: "insensitive" },
    });
  }
  if (input.email) or.push({ email: { equals: input.email, mode: "insensitive" } });
  if (digits) {
    // Phones are stored as typed ("(312) 555-0142"), so compare their digits, not the text.
    const samePhone = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Member" WHERE regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') LIKE ${`%${digits}%`}`;
    if (samePhone.length > 0) or.push({ id: { in: samePhone.map((m) => m.id) } });
  }
  if (or.length === 0) return [];
  return db.member.findMany({
    where: { OR: or },
    select: { id: true, firstName: true, lastName: true, preferredName: true, email: true, phone: true, createdAt: true },
    take: 10,
    orderBy: { createdAt: "desc" },
  });
}
