import { rm } from "node:fs/promises";
import { assertDataFolderFree, createDb, resolveFromInvocation } from "@circle/db";
import { startServer } from "@circle/server";
import { seedDemo } from "./demo/seed-demo.ts";
import { readDemoEnv } from "./env.ts";

/** A fresh embedded database filled with a realistic organisation, then the dashboard on it. */
export async function runDemo(): Promise<void> {
  const demoDir = resolveFromInvocation(readDemoEnv().DEMO_DATA_DIR);
  assertDataFolderFree(demoDir); // a demo server still running on it keeps its folder
  await rm(demoDir, { recursive: true, force: true });
  delete process.env.DATABASE_URL; // the demo never touches a real database
  const handle = await createDb({ dataDir: demoDir });
  console.log("Filling the demo database…");
  const summary = await seedDemo(handle.prisma);
  await handle.close();
  const signIns = summary.signIns.map((s) => `  ${s.role.padEnd(12)} ${s.email.padEnd(34)} ${s.password}`).join("\n");
  await startServer({
    dataDir: demoDir,
    banner: `\nDemo data: ${summary.counts}\nDemo sign-ins:\n${signIns}\n`,
  });
}
