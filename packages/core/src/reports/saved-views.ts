import type { Db } from "@circle/db";
import {
  type RemoveReportViewInput,
  type ReportFilters,
  type ReportKind,
  reportFilters,
  ReportKind as reportKind,
  type SaveReportViewInput,
} from "@circle/validators";
import type { Actor } from "../actor.ts";
import { AppError } from "../errors/app-error.ts";

export interface SavedReportViewRow {
  id: string;
  name: string;
  report: ReportKind;
  filters: ReportFilters;
  updatedAt: Date;
}

/** Enough for any home page; a user who needs more is better served by fewer, broader views. */
const MAX_VIEWS_PER_USER = 30;

/** The actor's own saved views, newest first. A view whose stored filters no longer parse is left out. */
export async function listSavedReportViews(db: Db, actor: Actor): Promise<SavedReportViewRow[]> {
  const rows = await db.savedReportView.findMany({
    where: { userId: actor.userId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, report: true, filters: true, updatedAt: true },
  });
  return rows.flatMap((row) => {
    const report = reportKind.safeParse(row.report);
    const filters = reportFilters.safeParse(row.filters);
    return report.success && filters.success ? [{ ...row, report: report.data, filters: filters.data }] : [];
  });
}

/**
 * Saves a named view; saving again under the same name replaces its filters (the unique index on
 * user and name makes a double click or a retry land on the same row).
 */
export async function saveReportView(db: Db, actor: Actor, input: SaveReportViewInput): Promise<SavedReportViewRow> {
  const existing = await db.savedReportView.count({ where: { userId: actor.userId, name: { not: input.name } } });
  if (existing >= MAX_VIEWS_PER_USER) {
    throw AppError.invalid("name", `You can keep ${MAX_VIEWS_PER_USER} saved views; remove one first`);
  }
  const row = await db.savedReportView.upsert({
    where: { userId_name: { userId: actor.userId, name: input.name } },
    create: { userId: actor.userId, name: input.name, report: input.report, filters: input.filters },
    update: { report: input.report, filters: input.filters },
    select: { id: true, name: true, updatedAt: true },
  });
  return { ...row, report: input.report, filters: input.filters };
}

/** Removes one of the actor's own views; another user's view is answered as a missing one. */
export async function removeReportView(db: Db, actor: Actor, { viewId }: RemoveReportViewInput): Promise<void> {
  const { count } = await db.savedReportView.deleteMany({ where: { id: viewId, userId: actor.userId } });
  if (count === 0) throw AppError.notFound("Saved view");
}
