import { Prisma } from "@circle/db";

type Tx = Prisma.TransactionClient;

/** The tables whose rows commands lock; the names are fixed here, never taken from input. */
export type LockedTable =
  | "Program"
  | "Cohort"
  | "Session"
  | "Enrollment"
  | "WaitlistEntry"
  | "Application"
  | "Referral"
  | "ConsentDocument"
  | "Member";

/** Rows that belong to a cohort: their cohort is locked before them. */
type CohortRowTable = "Session" | "Enrollment" | "WaitlistEntry" | "Application";

/**
 * Locks one row for the rest of the transaction (`SELECT … FOR UPDATE`): a command that checks
 * a fact and then writes reads that fact after this returns, so two such commands run one after
 * the other and the second sees what the first wrote. False when the row does not exist.
 */
export async function lockRow(tx: Tx, table: LockedTable, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id}::uuid FOR UPDATE`;
  return rows.length > 0;
}

/**
 * Locks a row of a cohort in the one order every command uses — the cohort first, then the row —
 * so two commands about the same cohort never wait for each other crosswise (a deadlock). The
 * row's cohort is read again under the lock: should it have moved in between (a waitlist rolled
 * on to the next cohort), the new cohort is locked too. Returns the row's cohort (null for a row
 * of no cohort, such as a program-wide waitlist entry), or undefined when the row does not exist.
 */
export async function lockCohortRow(tx: Tx, table: CohortRowTable, id: string): Promise<{ cohortId: string | null } | undefined> {
  const from = Prisma.raw(`"${table}"`);
  let [row] = await tx.$queryRaw<{ cohortId: string | null }[]>`SELECT "cohortId" FROM ${from} WHERE id = ${id}::uuid`;
  while (row) {
    if (row.cohortId) await lockRow(tx, "Cohort", row.cohortId);
    const [locked] = await tx.$queryRaw<{ cohortId: string | null }[]>`
      SELECT "cohortId" FROM ${from} WHERE id = ${id}::uuid FOR UPDATE`;
    // Once the row is locked its cohort cannot change again, so this repeats at most once more.
    if (locked?.cohortId === row.cohortId) return locked;
    row = locked;
  }
  return undefined;
}

/**
 * Serialises commands about something that has no row yet (a person about to be recorded) with
 * transaction-scoped advisory locks, one per key, taken in a fixed order. They are released at
 * commit or rollback. Keys are namespaced by the caller ("member-identity:email:…").
 */
export async function lockKeys(tx: Tx, keys: string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort())
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${key}))`;
}
