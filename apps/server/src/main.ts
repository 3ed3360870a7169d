// The command line: `start` (default), `migrate`, `create-admin`, `demo`. No domain logic here.
import { createAdmin } from "./commands/create-admin.ts";
import { runDemo } from "./commands/demo.ts";
import { runMigrations } from "./commands/migrate.ts";
import { startServer } from "./commands/start.ts";

const commands: Record<string, (args: string[]) => Promise<void>> = {
  start: () => startServer(),
  migrate: () => runMigrations(),
  "create-admin": (args) => createAdmin(args),
  demo: () => runDemo(),
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
