import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "../fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

// A new installation, as someone trying Circle meets it: an empty embedded database, no
// administrator, and the one-time setup link the server prints on its console.
const ROOT = new URL("../..", import.meta.url).pathname;
let server: ChildProcess;
let dataDir: string;
let setupLink: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "circle-first-run-"));
  server = spawn(process.execPath, ["apps/server/dist/main.js", "start"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  setupLink = await new Promise<string>((resolve, reject) => {
    let printed = "";
    const timer = setTimeout(() => reject(new Error(`no setup link printed:\n${printed}`)), 60_000);
    server.stdout?.on("data", (chunk) => {
      printed += chunk;
      const link = printed.match(/create the first administrator at (http:\/\/\S+\/setup\?token=\S+)/)?.[1];
      if (link) {
        clearTimeout(timer);
        resolve(link);
      }
    });
    server.on("exit", (code) => reject(new Error(`the server exited (${code}):\n${printed}`)));
  });
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve(null)));
  rmSync(dataDir, { recursive: true, force: true });
});

test("the first administrator is created through the setup link, and the link is then used up", async ({ page }) => {
  test.setTimeout(90_000);
  const origin = new URL(setupLink).origin;

  await page.goto(`${origin}/sign-in`);
  await expect(page.getByText("No administrator yet")).toBeVisible();

  await page.goto(`${origin}/setup?token=not-the-link`);
  await expect(page.getByRole("alert")).toContainText("This setup link is not valid");

  await page.goto(setupLink);
  await expect(page.getByRole("heading", { name: "Set up Circle" })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByLabel("Your name").fill("Ada Admin");
  await page.getByLabel("Email").fill("ada@example.org");
  await page.getByLabel("Password", { exact: true }).fill("a long passphrase");
  await page.getByLabel("Confirm password").fill("a long passphrase");
  await page.getByRole("button", { name: "Create administrator and sign in" }).click();

  await expect(page).toHaveURL(`${origin}/`);
  await expect(page.getByRole("heading", { name: /Ada/ })).toBeVisible();
  // an empty organisation: the first steps in order, the first one to start
  const steps = page.getByRole("region", { name: "Getting started" });
  await expect(steps.getByText("0 of 5 done")).toBeVisible();
  await expect(steps.getByRole("listitem")).toHaveText([
    /Write the consent document/,
    /Design a program/,
    /Add the people who lead groups/,
    /Schedule a cohort/,
    /Take in the first applications/,
  ]);
  await expectNoSeriousViolations(page);
  await steps.getByRole("link", { name: "Start" }).click();
  await expect(page).toHaveURL(`${origin}/consent/new`);

  await page.goto(setupLink);
  await expect(page.getByText("Circle is set up")).toBeVisible();

  // signed out, the new account signs in with the password just chosen: the running server sees it
  await page.context().clearCookies();
  await page.goto(`${origin}/sign-in`);
  await expect(page.getByText("No administrator yet")).toBeHidden();
  await page.getByLabel("Email").fill("ada@example.org");
  const password = page.getByLabel("Password", { exact: true });
  await password.fill("a long passphrase");
  // the show/hide toggle is reachable by keyboard
  await password.press("Tab");
  const toggle = page.getByRole("button", { name: "Show or hide the password" });
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Space");
  await expect(password).toHaveAttribute("type", "text");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${origin}/`);
});
