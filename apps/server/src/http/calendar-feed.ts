import { hashToken } from "@circle/auth";
import { calendarFeedFor } from "@circle/core";
import type { Db } from "@circle/db";
import type { FastifyInstance } from "fastify";
import ical, { ICalEventStatus } from "ical-generator";

/** How long a pre-group interview is blocked out for in the calendar. */
const INTERVIEW_MINUTES = 45;

/**
 * GET /calendar/<token>.ics — a facilitator's sessions for their own calendar app. The token in
 * the URL is the only credential (calendar apps cannot sign in), so it is long, random, stored
 * hashed, and revocable; the feed carries no member
 * information (an interview is named by its cohort, not by its applicant).
 */
export function registerCalendarFeed(app: FastifyInstance, db: Db): void {
  app.get<{ Params: { file: string } }>("/calendar/:file", async (request, reply) => {
    const token = request.params.file.replace(/\.ics$/, "");
    const feed = /^[A-Za-z0-9_-]{43}$/.test(token) ? await calendarFeedFor(db, hashToken(token)) : null;
    if (!feed) return reply.code(404).send({ error: "Unknown or revoked calendar feed" });

    const calendar = ical({
      name: `Circle: ${feed.owner}'s sessions`,
      prodId: { company: "Circle", product: "facilitator-dashboard" },
    });
    for (const s of feed.sessions) {
      const where = [s.cohort.location, s.cohort.meetingUrl].filter(Boolean).join(" · ");
      calendar.createEvent({
        id: `${s.id}@circle`,
        // UTC instants, no TZID: given a Date and a time zone, ical-generator writes the wall-clock
        // of the server's own zone under the cohort's TZID, which put sessions at the wrong time.
        start: s.startsAt,
        end: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000),
        summary: `${s.cohort.name} — session ${s.number}${s.module ? `: ${s.module.title}` : ""}`,
        description: `${s.cohort.program.name}${s.status === "CANCELLED" ? " (cancelled)" : ""}`,
        location: where || null,
        url: s.cohort.meetingUrl,
        status: s.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        lastModified: s.updatedAt,
        // raised with each change, so a calendar that caches events takes the new time or the cancellation
        sequence: s._count.changes,
      });
    }
    for (const interview of feed.interviews) {
      if (!interview.interviewAt) continue;
      calendar.createEvent({
        id: `interview-${interview.id}@circle`,
        start: interview.interviewAt,
        end: new Date(interview.interviewAt.getTime() + INTERVIEW_MINUTES * 60_000),
        // the applicant stays in the dashboard: the feed names the group, not the person
        summary: `Pre-group interview — ${interview.cohort?.name ?? interview.program.name}`,
        description: "The applicant's details are in Circle, under Intake.",
        location: interview.cohort?.location ?? null,
        status: ICalEventStatus.CONFIRMED,
        lastModified: interview.updatedAt,
      });
    }
    return reply
      .header("content-type", "text/calendar; charset=utf-8")
      .header("cache-control", "private, max-age=300")
      .header("referrer-policy", "no-referrer")
      .send(calendar.toString());
  });
}
