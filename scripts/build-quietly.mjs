// Builds workspaces for `npm start` (the dashboard and the server) and `npm run demo` (the
// dashboard) without filling the terminal: turbo runs with its output held back, and the output is
// shown only when the build fails. Usage: node scripts/build-quietly.mjs web server
import { spawn } from "node:child_process";

const workspaces = process.argv.slice(2);
const started = Date.now();
process.stdout.write(`Building the ${workspaces.map((w) => (w === "web" ? "dashboard" : w)).join(" and the ")}… `);
const filters = workspaces.map((w) => `--filter=@circle/${w}`);
const turbo = spawn("npx", ["turbo", "run", "build", ...filters, "--output-logs=errors-only"], {
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1", DO_NOT_TRACK: "1" },
  stdio: ["ignore", "pipe", "pipe"],
});
let output = "";
turbo.stdout.on("data", (chunk) => (output += chunk));
turbo.stderr.on("data", (chunk) => (output += chunk));
turbo.on("exit", (code) => {
  if (code === 0) {
    console.log(`done (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return;
  }
  console.log("failed:\n");
  console.error(output);
  process.exit(code ?? 1);
});
