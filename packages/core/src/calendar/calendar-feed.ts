import type { Db } from "@circle/db";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";

/** Stores the hash of a facilitator's new private feed token (null revokes the feed). */
export async function setCalendarTokenHash(db: Db, actor: Actor, tokenHash: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { calendarTokenHash: tokenHash } });
    await recordAudit(tx, actor, {
      action: tokenHash ? "calendar.issue_feed" : "calendar.revoke_feed",
      entityType: "User",
      entityId: actor.userId,
    });
  });
}

export async function hasCalendarFeed(db: Db, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { calendarTokenHash: true } });
  return Boolean(user?.calendarTokenHash);
}

/**
 * The sessions in a facilitator's private feed: from 30 days ago on, of cohorts they facilitate,
 * and the pre-group interviews they hold. Null when the token is unknown, revoked, or its owner is
 * deactivated. Holds no member data: an interview is named by its cohort or program, never by
 * its applicant (a calendar app syncs to places the dashboard's rules do not reach).
 */
export async function calendarFeedFor(db: Db, tokenHash: string, now = new Date()) {
  const user = await db.user.findUnique({
    where: { calendarTokenHash: tokenHash },
    select: { id: true, name: true, active: true },
  });
  if (!user?.active) return null;
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const interviews = await db.application.findMany({
    where: { interviewerId: user.id, status: "INTERVIEW_SCHEDULED", interviewAt: { gte: since } },
    select: {
      id: true,
      interviewAt: true,
      updatedAt: true,
      program: { select: { name: true } },
      cohort: { select: { name: true, location: true } },
    },
    orderBy: { interviewAt: "asc" },
  });
  const sessions = await db.session.findMany({
    where: {
      startsAt: { gte: since },
      cohort: { status: { notIn: ["CANCELLED"] }, facilitators: { some: { userId: user.id } } },
    },
    select: {
      id: true,
      number: true,
      startsAt: true,
      durationMinutes: true,
      status: true,
      updatedAt: true,
      // every change (held, cancelled, moved, postponed) is a row: their count is the event's SEQUENCE
      _count: { select: { changes: true } },
      module: { select: { title: true } },
      cohort: { select: { name: true, timeZone: true, location: true, meetingUrl: true, program: { select: { name: true } } } },
    },
    orderBy: { startsAt: "asc" },
  });
  return { owner: user.name, sessions, interviews };
}
