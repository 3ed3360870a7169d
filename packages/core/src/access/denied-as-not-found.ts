import type { Db } from "@circle/db";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";

/**
 * A record the actor may not reach answers exactly as one that does not exist (the query that
 * looked for it had the access rule in its `where`, so the two are never told apart), and the
 * refused attempt is on record. Returns the NOT_FOUND to throw.
 */
export async function deniedAsNotFound(
  db: Db,
  actor: Actor,
  entityType: "Cohort" | "Session" | "Member" | "Application",
  entityId: string,
  access?: string,
): Promise<AppError> {
  await recordAudit(db, actor, { action: "access.deny", entityType, entityId, ...(access ? { details: { access } } : {}) });
  return AppError.notFound(entityType);
}
