import { defineConfig, devices } from "@playwright/test";

// End-to-end tests in a real Chromium: Debian's /usr/bin/chromium by default (no browser
// download), or any other through CHROMIUM_PATH. The server runs on its own fresh database.
const PORT = Number(process.env.E2E_PORT ?? 4173);
process.env.E2E_RUN_ID ??= `${Date.now().toString(36)}${process.pid}`;

export default defineConfig({
  testDir: "./specs",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  globalTeardown: "./global-teardown.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
      ],
    },
  },
  webServer: {
    command: "npm run build --workspace @circle/web --workspace @circle/server && node serve.ts",
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: "pipe",
    env: { E2E_PORT: String(PORT), E2E_RUN_ID: process.env.E2E_RUN_ID },
  },
});
