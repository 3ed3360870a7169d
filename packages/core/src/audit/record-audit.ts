import type { Db, Prisma } from "@circle/db";
import type { Actor } from "../actor.ts";
import type { AuditAction } from "./audit-actions.ts";

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string;
  details?: Prisma.InputJsonValue;
  /** when it happened, if not now (the demo replays months of work) */
  at?: Date;
}

/** Writes one audit event. Pass the transaction client when the change is in a transaction. */
/** Who acted: an actor, or as much as is known of someone who is not signed in (a refused sign-in). */
type AuditActor = Pick<Actor, "ip" | "userAgent"> & { userId?: string };

export async function recordAudit(db: Db | Prisma.TransactionClient, actor: AuditActor | null, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      ip: actor?.ip ?? null,
      userAgent: actor?.userAgent?.slice(0, 300) ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      ...(entry.details === undefined ? {} : { details: entry.details }),
      ...(entry.at ? { createdAt: entry.at } : {}),
    },
  });
}
