import type { Db } from "@circle/db";
import type { ReportFilters, ReportKind } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { attendanceExport } from "./attendance-export.ts";
import { intakeExport } from "./intake-export.ts";
import { participationExport } from "./participation-export.ts";
import { referralExport } from "./referral-export.ts";
import type { ReportExport } from "./report-export.ts";

const EXPORTS: Record<ReportKind, (db: Db, actor: Actor, filters: ReportFilters) => ReportExport> = {
  attendance: attendanceExport,
  participation: participationExport,
  intake: intakeExport,
  referrals: referralExport,
};

/** Any report as exportable rows, in the actor's scope. */
export function exportReport(db: Db, actor: Actor, kind: ReportKind, filters: ReportFilters): ReportExport {
  return EXPORTS[kind](db, actor, filters);
}
