// The command line: `start` (default), `migrate`, `create-admin`. No domain logic here (the demo
// has its own command line in tools/demo, on top of this server).
import { enableCompileCache } from "node:module";

// V8 keeps the compiled code of the modules between starts (in the system's temporary folder), so
// a restart does not parse them all again. Before any import below: hence the lazy commands.
enableCompileCache();

const commands: Record<string, (args: string[]) => Promise<void>> = {
  start: async () => (await import("./commands/start-processes.ts")).startProcesses(),
  migrate: async () => (await import("./commands/migrate.ts")).runMigrations(),
  "create-admin": async (args) => (await import("./commands/create-admin.ts")).createAdmin(args),
};

const [name = "start", ...args] = process.argv.slice(2);
const command = commands[name];
if (!command) {
  console.error(`Unknown command "${name}". Commands: ${Object.keys(commands).join(", ")}`);
  process.exit(2);
}
try {
  await command(args);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
