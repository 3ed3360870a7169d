/**
 * Child-row counts for one page of parents, from a `groupBy` restricted to those parents.
 * Prisma's `_count` select instead joins an aggregate of the whole child table (`WHERE 1=1 GROUP
 * BY …`), so a list's cost would grow with the organisation rather than with the page.
 */
export function countsBy<Group extends { _count: { _all: number } }>(groups: Group[], parentOf: (group: Group) => string) {
  const counts = new Map(groups.map((g) => [parentOf(g), g._count._all]));
  return (id: string) => counts.get(id) ?? 0;
}
