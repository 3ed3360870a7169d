import { defineConfig } from "vitest/config";

// Unit and integration tests, in two projects: the server side (packages, the server, tools),
// whose integration tests each open their own database (in-memory PGlite, or a throw-away
// database on the server in DATABASE_URL), and the dashboard (apps/web/vitest.config.ts).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "server",
          include: ["packages/*/src/**/*.test.ts", "apps/server/src/**/*.test.ts", "tools/*/src/**/*.test.ts"],
          environment: "node",
          // Test files share their worker's module cache: PGlite's WebAssembly is compiled once per
          // worker, not once per file (about a third of the suite's time). Tests keep no global state.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // On a PostgreSQL server the tests mostly wait for it: four files at once run the whole
          // suite in about 80 s on 2 cores. PGlite runs in-process and keeps the default.
          ...(process.env.DATABASE_URL ? { maxWorkers: 4 } : {}),
        },
      },
      "apps/web",
    ],
  },
});
