import type { Db } from "@circle/db";
import { seedDemoPeople } from "./people.ts";

export interface DemoSummary {
  counts: string;
  signIns: { role: string; email: string; password: string }[];
}

/** A realistic organisation, built with the same factories and domain commands as the tests. */
export async function seedDemo(db: Db): Promise<DemoSummary> {
  const people = await seedDemoPeople(db);
  const counts = [`${await db.user.count()} staff accounts`].join(", ");
  return { counts, signIns: people.signIns };
}
