// The demo tools' command line: `demo` (seed a demo organisation, then start the dashboard on it),
// `seed:large` (fill an empty database with a large organisation) and `bench`. Nothing in the
// product imports this package.
import { runBench } from "./bench/run-bench.ts";
import { runSeedLarge } from "./large/seed-large.ts";
import { runDemo } from "./run-demo.ts";

const commands: Record<string, (args: string[]) => Promise<void>> = {
  demo: () => runDemo(),
  "seed:large": (args) => runSeedLarge(args),
  bench: (args) => runBench(args),
};

const [name = "demo", ...args] = process.argv.slice(2);
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
