// The command line: `start` (default), `migrate`, `create-admin`. No domain logic here (the demo
// has its own command line in tools/demo, on top of this server).
import { createAdmin } from "./commands/create-admin.ts";
import { runMigrations } from "./commands/migrate.ts";
import { startProcesses } from "./commands/start-processes.ts";

const commands: Record<string, (args: string[]) => Promise<void>> = {
  start: () => startProcesses(),
  migrate: () => runMigrations(),
  "create-admin": (args) => createAdmin(args),
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
