// The demo tools' command line: `demo` (seed a demo organisation, then start the dashboard on it)
// and `bench`. Nothing in the product imports this package.
import { runBench } from "./bench/run-bench.ts";
import { runDemo } from "./run-demo.ts";

const commands: Record<string, () => Promise<void>> = {
  demo: () => runDemo(),
  bench: () => runBench(),
};

const [name = "demo"] = process.argv.slice(2);
const command = commands[name];
if (!command) {
  console.error(`Unknown command "${name}". Commands: ${Object.keys(commands).join(", ")}`);
  process.exit(2);
}
try {
  await command();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
