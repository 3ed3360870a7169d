import type { AttendanceStatus } from "@circle/validators";
import { describe, expect, it } from "vitest";
import {
  type CohortMember,
  cohortProgress,
  isAtRisk,
  isOnRoster,
  type Membership,
  meetsCompletion,
  memberProgress,
  needsFollowUp,
  type SessionFacts,
} from "./progress.ts";

// Eight weekly sessions from 2 March, each on its own module.
function weekly(count = 8): SessionFacts[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i + 1}`,
    number: i + 1,
    status: "HELD" as const,
    isMakeUp: false,
    date: new Date(Date.UTC(2026, 2, 2 + 7 * i)).toISOString().slice(0, 10),
    module: { id: `m${i + 1}`, title: `Week ${i + 1}`, position: i + 1 },
  }));
}
const whole: Membership = { from: "2026-02-20", until: null };
/** Marks by session number: "P" present, "L" late, "E" left early, "X" excused, "A" absent, "-" none. */
function marks(pattern: string): Map<string, AttendanceStatus> {
  const codes: Record<string, AttendanceStatus> = { P: "PRESENT", L: "LATE", E: "LEFT_EARLY", X: "EXCUSED", A: "ABSENT" };
  const out = new Map<string, AttendanceStatus>();
  [...pattern].forEach((code, i) => {
    const status = codes[code];
    if (status) out.set(`s${i + 1}`, status);
  });
  return out;
}
const withStatus = (sessions: SessionFacts[], numbers: number[], status: SessionFacts["status"]) =>
  sessions.map((s) => (numbers.includes(s.number) ? { ...s, status } : s));

describe("attendance rate", () => {
  it("counts late and left early as attended", () => {
    const p = memberProgress(weekly(4), whole, marks("PLEA"));
    expect(p).toMatchObject({ held: 4, attended: 3, absent: 1, excused: 0, unmarked: 0, rate: 0.75 });
  });

  it("shows excused apart: it does not count against the rate", () => {
    const p = memberProgress(weekly(4), whole, marks("PXXA"));
    expect(p).toMatchObject({ held: 4, attended: 1, excused: 2, absent: 1, rate: 0.5 });
  });

  it("leaves out cancelled and not-yet-held sessions, and held sessions not yet marked", () => {
    const sessions = withStatus(withStatus(weekly(6), [2], "CANCELLED"), [5, 6], "SCHEDULED");
    const p = memberProgress(sessions, whole, marks("PAP-"));
    expect(p).toMatchObject({ held: 3, attended: 2, absent: 0, unmarked: 1, rate: 1 });
  });

  it("is null before any session counts (none held, or only excused)", () => {
    expect(memberProgress(withStatus(weekly(3), [1, 2, 3], "SCHEDULED"), whole, new Map()).rate).toBeNull();
    expect(memberProgress(weekly(2), whole, marks("XX")).rate).toBeNull();
  });

  it("for a member who joined late counts only the sessions since they joined", () => {
    const lateJoiner = { from: "2026-03-10", until: null }; // after session 2 (9 March)
    const p = memberProgress(weekly(4), lateJoiner, marks("AAPP"));
    expect(p).toMatchObject({ held: 2, attended: 2, absent: 0, rate: 1, absenceRun: [] });
  });

  it("for a member who withdrew counts only the sessions up to the day they left (inclusive)", () => {
    const left = { from: "2026-02-20", until: "2026-03-09" }; // left on session 2's day
    const p = memberProgress(weekly(4), left, marks("PA"));
    expect(p).toMatchObject({ held: 2, attended: 1, absent: 1, rate: 0.5, unmarked: 0 });
  });

  it("counts a held make-up session like any other, and a rescheduled session on its new date", () => {
    const sessions = withStatus(weekly(3), [2], "CANCELLED");
    const makeUp: SessionFacts = {
      ...(sessions[1] as SessionFacts),
      id: "s4",
      number: 4,
      status: "HELD",
      isMakeUp: true,
      date: "2026-03-23",
    };
    const moved = { ...(sessions[2] as SessionFacts), date: "2026-03-20" }; // session 3 moved from 16 to 20 March
    const p = memberProgress(
      [sessions[0] as SessionFacts, sessions[1] as SessionFacts, moved, makeUp],
      { from: "2026-03-18", until: null },
      marks("--PP"),
    );
    expect(p).toMatchObject({ held: 2, attended: 2, rate: 1 }); // joined 18 March: on the moved session 3 and the make-up
  });
});

describe("consecutive absences", () => {
  it("is the current run: an attended session ends it", () => {
    expect(memberProgress(weekly(5), whole, marks("AAPAA")).absenceRun).toEqual(["s4", "s5"]);
    expect(memberProgress(weekly(3), whole, marks("AAP")).absenceRun).toEqual([]);
  });

  it("excused and unmarked sessions neither break nor extend the run", () => {
    expect(memberProgress(weekly(5), whole, marks("PAX-A")).absenceRun).toEqual(["s2", "s5"]);
  });

  it("skips cancelled sessions and sessions before a late joiner joined", () => {
    const sessions = withStatus(weekly(4), [3], "CANCELLED");
    expect(memberProgress(sessions, whole, marks("PA-A")).absenceRun).toEqual(["s2", "s4"]);
    expect(memberProgress(weekly(4), { from: "2026-03-15", until: null }, marks("AAPA")).absenceRun).toEqual(["s4"]);
  });
});

describe("modules missed", () => {
  it("lists the modules of sessions missed (absent or excused), in program order", () => {
    const missed = memberProgress(weekly(5), whole, marks("PXPAP")).modulesMissed;
    expect(missed).toEqual([
      { id: "m2", title: "Week 2", position: 2, sessionNumber: 2 },
      { id: "m4", title: "Week 4", position: 4, sessionNumber: 4 },
    ]);
  });

  it("drops a module the member caught up on at a make-up session, and ignores cancelled and unmarked sessions", () => {
    const sessions = withStatus(weekly(4), [3], "CANCELLED");
    const makeUp: SessionFacts = { ...(weekly(2)[1] as SessionFacts), id: "s5", number: 5, isMakeUp: true, date: "2026-04-06" };
    const p = memberProgress([...sessions, makeUp], whole, marks("PA-AP"));
    expect(p.modulesMissed.map((m) => m.id)).toEqual(["m4"]);
    expect(memberProgress(weekly(2), whole, marks("P-")).modulesMissed).toEqual([]);
  });

  it("leaves out modules of sessions before a late joiner joined", () => {
    expect(memberProgress(weekly(3), { from: "2026-03-10", until: null }, marks("--A")).modulesMissed.map((m) => m.id)).toEqual([
      "m3",
    ]);
  });
});

describe("completion rule", () => {
  it("is met at the program's share of held sessions, excused aside (default 75%)", () => {
    expect(meetsCompletion(memberProgress(weekly(8), whole, marks("PPPPPPAA")), 75)).toBe(true); // 6 of 8
    expect(meetsCompletion(memberProgress(weekly(8), whole, marks("PPPPPAAA")), 75)).toBe(false); // 5 of 8
    expect(meetsCompletion(memberProgress(weekly(8), whole, marks("PPPPPXXA")), 75)).toBe(true); // 5 of 6 counted
    expect(meetsCompletion(memberProgress(weekly(8), whole, marks("PPPPPAAA")), 60)).toBe(true); // a program asking 60%
  });

  it("is not met by a member with nothing counted, and marks at risk only those below it", () => {
    const none = memberProgress(weekly(2), whole, marks("XX"));
    expect(meetsCompletion(none, 75)).toBe(false);
    expect(isAtRisk(none, 75)).toBe(false);
    expect(isAtRisk(memberProgress(weekly(3), whole, marks("PAA")), 75)).toBe(true);
    expect(isAtRisk(memberProgress(weekly(4), whole, marks("PPPA")), 75)).toBe(false);
  });
});

describe("follow-up list", () => {
  it("holds members with the threshold of absences in a row until a follow-up answers this run", () => {
    const p = memberProgress(weekly(4), whole, marks("PPAA"));
    expect(needsFollowUp(p, 2, new Set())).toBe(true);
    expect(needsFollowUp(p, 3, new Set())).toBe(false);
    expect(needsFollowUp(p, 2, new Set(["s4"]))).toBe(false);
    // a follow-up on an earlier run does not answer this one
    expect(needsFollowUp(memberProgress(weekly(6), whole, marks("AAPPAA")), 2, new Set(["s2"]))).toBe(true);
  });

  it("lets a member who attends again leave the list", () => {
    expect(needsFollowUp(memberProgress(weekly(4), whole, marks("AAAP")), 2, new Set())).toBe(false);
  });
});

describe("cohort progress", () => {
  const sessions = withStatus(weekly(4), [4], "SCHEDULED");
  const member = (status: CohortMember["status"], pattern: string, membership = whole): CohortMember => ({
    status,
    membership,
    marks: marks(pattern),
  });

  it("counts attendance per held session over who was on the roster that day", () => {
    const members = [
      member("ENROLLED", "PPA"),
      member("ENROLLED", "PXL"),
      member("WITHDREW", "PA", { from: "2026-02-20", until: "2026-03-09" }),
      member("ENROLLED", "--P", { from: "2026-03-12", until: null }),
    ];
    expect(cohortProgress(sessions, members, 75).perSession).toEqual([
      { sessionId: "s1", number: 1, date: "2026-03-02", onRoster: 3, attended: 3, excused: 0, absent: 0, unmarked: 0 },
      { sessionId: "s2", number: 2, date: "2026-03-09", onRoster: 3, attended: 1, excused: 1, absent: 1, unmarked: 0 },
      { sessionId: "s3", number: 3, date: "2026-03-16", onRoster: 3, attended: 2, excused: 0, absent: 1, unmarked: 0 },
    ]);
  });

  it("averages the members' rates and measures retention and completion over everyone ever enrolled", () => {
    const members = [
      member("ENROLLED", "PPP"), // 100%
      member("ENROLLED", "PAA"), // 33%, below the rule
      member("WITHDREW", "PA", { from: "2026-02-20", until: "2026-03-09" }), // 50%, left
      member("DROPPED", "XX"), // no counted session: no rate
    ];
    const progress = cohortProgress(sessions, members, 75);
    expect(progress.held).toBe(3);
    expect(progress.averageRate).toBeCloseTo((1 + 1 / 3 + 0.5) / 3);
    expect(progress).toMatchObject({ everEnrolled: 4, retained: 2, retention: 0.5, completing: 1, completionRate: 0.25 });
  });

  it("at the end counts the enrollments completed by the rule, and none of an empty cohort", () => {
    const ended = [member("COMPLETED", "PPP"), member("NOT_COMPLETED", "PAA"), member("COMPLETED", "PPA")];
    expect(cohortProgress(sessions, ended, 75)).toMatchObject({ retained: 3, retention: 1, completing: 2 });
    expect(cohortProgress(sessions, [], 75)).toMatchObject({ averageRate: null, retention: null, completionRate: null });
  });

  it("tells roster membership by date, both ends inclusive", () => {
    expect(isOnRoster({ from: "2026-03-09", until: "2026-03-16" }, "2026-03-09")).toBe(true);
    expect(isOnRoster({ from: "2026-03-09", until: "2026-03-16" }, "2026-03-16")).toBe(true);
    expect(isOnRoster({ from: "2026-03-09", until: "2026-03-16" }, "2026-03-17")).toBe(false);
    expect(isOnRoster({ from: "2026-03-09", until: null }, "2026-03-08")).toBe(false);
  });
});
