// Builds the dashboard for `npm start` and `npm run demo` without filling the terminal: turbo
// (cached, so an unchanged dashboard is not rebuilt) runs with its output held back, and the
// output is shown only when the build fails.
import { spawn } from "node:child_process";

const started = Date.now();
process.stdout.write("Building the dashboard… ");
const turbo = spawn("npx", ["turbo", "run", "build", "--filter=@circle/web", "--output-logs=errors-only"], {
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
