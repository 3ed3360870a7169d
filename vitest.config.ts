import { defineConfig } from "vitest/config";

// Unit and integration tests. Integration tests each open their own database: in-memory PGlite,
// or a throw-away database on the server in DATABASE_URL.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "tools/*/src/**/*.test.ts"],
    environment: "node",
    // Test files share their worker's module cache: PGlite's WebAssembly is compiled once per
    // worker, not once per file (about a third of the suite's time). Tests keep no global state.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
