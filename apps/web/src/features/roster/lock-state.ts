import type { Roster } from "./types.ts";

/** The closed-group rule in words: when joining stops, or that it has. */
export function lockStateText(roster: Pick<Roster, "locked" | "joinUntilSession" | "heldSessions">): string {
  const session = roster.joinUntilSession === 1 ? "the first session" : `session ${roster.joinUntilSession}`;
  if (roster.locked) return `Closed: ${session} was held`;
  const held = roster.heldSessions === 0 ? "none held yet" : `${roster.heldSessions} held so far`;
  return `Enrollment closes after ${session} is held (${held})`;
}
