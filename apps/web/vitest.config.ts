import { defineProject } from "vitest/config";

// The dashboard's unit tests: lib/ and the form mappers, in a browser-like DOM. They run in a
// time zone behind UTC, where a calendar day read as local midnight slips to the day before,
// so a date helper that forgets the zone fails here rather than for a facilitator in the evening.
export default defineProject({
  test: {
    name: "web",
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "happy-dom",
    // One DOM per worker: these tests keep no state in it.
    isolate: false,
    env: { TZ: "America/Chicago" },
    // Its own group, after the server's: Vitest runs projects with different worker counts (the
    // server's four on PostgreSQL) only in separate groups.
    sequence: { groupOrder: 1 },
  },
});
