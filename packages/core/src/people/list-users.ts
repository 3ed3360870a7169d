import type { Db, Prisma } from "@circle/db";
import type { ListUsersInput, Page, Role } from "@circle/validators";
import { holdsCurrentLicence } from "../cohorts/licence-rule.ts";
import { AppError } from "../errors/app-error.ts";
import { pageWindow } from "../paging.ts";

const userRow = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  mustChangePassword: true,
  lastSignInAt: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

export type UserRow = Prisma.UserGetPayload<{ select: typeof userRow }>;

export async function listUsers(db: Db, input: ListUsersInput): Promise<Page<UserRow>> {
  const where: Prisma.UserWhereInput = {
    ...(input.role ? { role: input.role } : {}),
    ...(input.status ? { active: input.status === "active" } : {}),
    ...(input.q
      ? { OR: [{ name: { contains: input.q, mode: "insensitive" } }, { email: { contains: input.q, mode: "insensitive" } }] }
      : {}),
  };
  const direction = input.desc ? "desc" : "asc";
  // Prisma accepts `nulls` only on nullable columns; people who never signed in sort last.
  const order: Prisma.UserOrderByWithRelationInput =
    input.sort === "lastSignInAt" ? { lastSignInAt: { sort: direction, nulls: "last" } } : { [input.sort]: direction };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: userRow,
      orderBy: [order, { id: "asc" }],
      ...pageWindow(input),
    }),
    db.user.count({ where }),
  ]);
  return { rows, total, page: input.page, pageSize: input.pageSize };
}

export async function getUser(db: Db, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      ...userRow,
      deactivatedAt: true,
      credentials: { orderBy: { createdAt: "asc" } },
      cohortRoles: { select: { role: true, cohort: { select: { id: true, name: true, status: true } } } },
    },
  });
  if (!user) throw AppError.notFound("User");
  return user;
}

/** Facilitators to pick as cohort leads, with whether they hold a current professional licence. */
export async function listFacilitators(db: Db, today = new Date()) {
  const users = await db.user.findMany({
    where: { role: { in: ["FACILITATOR", "ADMIN"] }, active: true },
    select: {
      id: true,
      name: true,
      role: true,
      credentials: { where: { kind: "PROFESSIONAL_LICENCE" }, select: { kind: true, expiresAt: true } },
    },
    orderBy: { name: "asc" },
  });
  return users.map(({ credentials, ...user }) => ({
    ...user,
    licensed: holdsCurrentLicence(credentials, today),
  }));
}

export interface PeopleCounts {
  all: number;
  active: number;
  inactive: number;
  /** active accounts of each role */
  activeByRole: Record<Role, number>;
}

/** The admin home's people card: every count it shows, from one grouped query. */
export async function countPeople(db: Db): Promise<PeopleCounts> {
  const groups = await db.user.groupBy({ by: ["role", "active"], _count: { _all: true } });
  const counts: PeopleCounts = { all: 0, active: 0, inactive: 0, activeByRole: { ADMIN: 0, FACILITATOR: 0, STAFF: 0 } };
  for (const { role, active, _count } of groups) {
    counts.all += _count._all;
    if (active) {
      counts.active += _count._all;
      counts.activeByRole[role] += _count._all;
    } else counts.inactive += _count._all;
  }
  return counts;
}
