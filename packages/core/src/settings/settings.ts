import type { Db, Prisma } from "@circle/db";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";

/** Organisation-wide settings with their defaults (docs/DOMAIN.md: the thresholds an administrator tunes). */
export const SETTING_DEFAULTS = {
  /** a cohort under its minimum enrollment this many days before it starts is at risk */
  cohortAtRiskDays: 7,
  /** consecutive absences that put a member on the follow-up list */
  followUpAfterAbsences: 2,
  /** how long a waitlisted person has to accept a freed seat */
  waitlistOfferDays: 3,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;

export async function readSetting(db: Db | Prisma.TransactionClient, key: SettingKey): Promise<number> {
  const row = await db.setting.findUnique({ where: { key } });
  return typeof row?.value === "number" ? row.value : SETTING_DEFAULTS[key];
}

/** The organisation's name, printed on attendance letters; empty until an admin sets it. */
const ORGANISATION_NAME = "organisationName";
/**
 * The organisation's time zone: new cohorts start in it, and times that belong to no cohort
 * (intake, audit) are read in it. Until an admin chooses one, the server's own zone.
 */
const TIME_ZONE = "timeZone";
const serverTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

export type Settings = Record<SettingKey, number> & { organisationName: string; timeZone: string };

/** Every setting, saved values over defaults, in one query. */
export async function readSettings(db: Db | Prisma.TransactionClient): Promise<Settings> {
  const rows = await db.setting.findMany();
  const saved = new Map(rows.map((row) => [row.key, row.value]));
  const keys = Object.keys(SETTING_DEFAULTS) as SettingKey[];
  const name = saved.get(ORGANISATION_NAME);
  const timeZone = saved.get(TIME_ZONE);
  return {
    ...(Object.fromEntries(
      keys.map((key) => [key, typeof saved.get(key) === "number" ? saved.get(key) : SETTING_DEFAULTS[key]]),
    ) as Record<SettingKey, number>),
    organisationName: typeof name === "string" ? name : "",
    timeZone: typeof timeZone === "string" ? timeZone : serverTimeZone(),
  };
}

/** Saves the given settings together, in one transaction, each change audited. */
export async function writeSettings(db: Db, actor: Actor, values: Partial<Settings>): Promise<Settings> {
  await db.$transaction(async (tx) => {
    for (const [key, value] of Object.entries(values) as [keyof Settings, number | string | undefined][]) {
      if (value === undefined) continue;
      await tx.setting.upsert({
        where: { key },
        create: { key, value, updatedById: actor.userId },
        update: { value, updatedById: actor.userId },
      });
      await recordAudit(tx, actor, { action: "setting.update", entityType: "Setting", entityId: key, details: { value } });
    }
  });
  return readSettings(db);
}
