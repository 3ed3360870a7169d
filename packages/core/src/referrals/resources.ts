import type { Db } from "@circle/db";

/** The active resource directory, for choosing where someone is referred. */
export async function listActiveResources(db: Db) {
  return db.resource.findMany({
    where: { active: true },
    select: { id: true, name: true, kind: true, phone: true, website: true, hours: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
}
