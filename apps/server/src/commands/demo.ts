import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { seedDemo } from "../demo/seed-demo.ts";
import { openServices } from "../services.ts";
import { startServer } from "./start.ts";

const DEMO_DIR = resolve(process.env.DEMO_DATA_DIR ?? "./.demo-data");

/** A fresh embedded database filled with a realistic organisation, then the dashboard on it. */
export async function runDemo(): Promise<void> {
  await rm(DEMO_DIR, { recursive: true, force: true });
  delete process.env.DATABASE_URL; // the demo never touches a real database
  const { services, handle } = await openServices({ dataDir: DEMO_DIR });
  console.log("Filling the demo database…");
  const summary = await seedDemo(services.db);
  await handle.close();
  const signIns = summary.signIns.map((s) => `  ${s.role.padEnd(12)} ${s.email.padEnd(34)} ${s.password}`).join("\n");
  await startServer({
    dataDir: DEMO_DIR,
    banner: `\nDemo data: ${summary.counts}\nDemo sign-ins:\n${signIns}\n`,
  });
}
