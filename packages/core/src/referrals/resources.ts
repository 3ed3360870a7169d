import type { Db, Prisma } from "@circle/db";
import type { ListResourcesInput, ResourceFields } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { type PageWindow, pinnedFirstPage } from "../paging.ts";

// The resource directory: admins maintain it, everyone signed in searches it. Nothing in it is
// about a member, so it needs no per-record access rule; archived resources are admins' view.

/** What a resource shows wherever it appears: in the directory and on a referral. */
export const resourceRow = {
  id: true,
  name: true,
  kind: true,
  phone: true,
  website: true,
  address: true,
  hours: true,
  languages: true,
  cost: true,
  eligibility: true,
  acceptsDirectReferrals: true,
  active: true,
  updatedAt: true,
} satisfies Prisma.ResourceSelect;

export type ResourceRow = Prisma.ResourceGetPayload<{ select: typeof resourceRow }>;

function directoryWhere(actor: Actor, input: ListResourcesInput): Prisma.ResourceWhereInput {
  const words = input.q?.split(/\s+/).filter(Boolean) ?? [];
  return {
    AND: [
      actor.role === "ADMIN" && input.archived ? {} : { active: true },
      input.kind ? { kind: input.kind } : {},
      input.cost ? { cost: input.cost } : {},
      input.language ? { languages: { has: input.language } } : {},
      input.direct ? { acceptsDirectReferrals: true } : {},
      ...words.map((w) => ({
        OR: [
          { name: { contains: w, mode: "insensitive" as const } },
          { eligibility: { contains: w, mode: "insensitive" as const } },
          { address: { contains: w, mode: "insensitive" as const } },
          { hours: { contains: w, mode: "insensitive" as const } },
        ],
      })),
    ],
  };
}

/** The directory, crisis lines pinned above everything else that matches. */
export async function listResources(db: Db, actor: Actor, input: ListResourcesInput) {
  const where = directoryWhere(actor, input);
  const orderBy: Prisma.ResourceOrderByWithRelationInput[] = [{ [input.sort]: input.desc ? "desc" : "asc" }, { id: "asc" }];
  const part = (kind: Prisma.ResourceWhereInput) => {
    const partWhere = { AND: [where, kind] };
    return {
      count: () => db.resource.count({ where: partWhere }),
      rows: (window: PageWindow) => db.resource.findMany({ where: partWhere, select: resourceRow, orderBy, ...window }),
    };
  };
  const page = await pinnedFirstPage(input, part({ kind: "CRISIS_LINE" }), part({ kind: { not: "CRISIS_LINE" } }));
  return { ...page, page: input.page, pageSize: input.pageSize };
}

/** Every language some active resource offers, for the directory's language filter. */
export async function listResourceLanguages(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ language: string }[]>`
    SELECT DISTINCT unnest(languages) AS language FROM "Resource" WHERE active ORDER BY language`;
  return rows.map((row) => row.language);
}

export async function getResource(db: Db, actor: Actor, resourceId: string): Promise<ResourceRow> {
  const resource = await db.resource.findFirst({
    where: { id: resourceId, ...(actor.role === "ADMIN" ? {} : { active: true }) },
    select: resourceRow,
  });
  if (!resource) throw AppError.notFound("Resource");
  return resource;
}

/** The active directory, for choosing where someone is referred. */
export async function listActiveResources(db: Db) {
  return db.resource.findMany({
    where: { active: true },
    select: { id: true, name: true, kind: true, phone: true, website: true, hours: true, acceptsDirectReferrals: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
}

export async function createResource(db: Db, actor: Actor, input: ResourceFields): Promise<ResourceRow> {
  return db.$transaction(async (tx) => {
    const resource = await tx.resource.create({ data: input, select: resourceRow });
    await recordAudit(tx, actor, { action: "resource.create", entityType: "Resource", entityId: resource.id });
    return resource;
  });
}

export async function updateResource(
  db: Db,
  actor: Actor,
  input: { resourceId: string; resource: ResourceFields },
): Promise<ResourceRow> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.resource.updateMany({ where: { id: input.resourceId }, data: input.resource });
    if (count === 0) throw AppError.notFound("Resource");
    await recordAudit(tx, actor, { action: "resource.update", entityType: "Resource", entityId: input.resourceId });
    return tx.resource.findUniqueOrThrow({ where: { id: input.resourceId }, select: resourceRow });
  });
}

/**
 * Archives a resource (or brings it back). Referrals already made to it keep pointing at it,
 * so their history still names where the member was sent.
 */
export async function setResourceActive(
  db: Db,
  actor: Actor,
  input: { resourceId: string; active: boolean },
): Promise<ResourceRow> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.resource.updateMany({ where: { id: input.resourceId }, data: { active: input.active } });
    if (count === 0) throw AppError.notFound("Resource");
    await recordAudit(tx, actor, {
      action: input.active ? "resource.restore" : "resource.archive",
      entityType: "Resource",
      entityId: input.resourceId,
    });
    return tx.resource.findUniqueOrThrow({ where: { id: input.resourceId }, select: resourceRow });
  });
}
