// Runs `prisma generate`. Prisma's CLI refuses to start without its schema engine binary even
// though generate never uses it; where that binary cannot be downloaded we point it at /bin/true.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync("/bin/true")) env.PRISMA_SCHEMA_ENGINE_BINARY = "/bin/true";
const cli = require.resolve("prisma/build/index.js");
execFileSync(process.execPath, [cli, "generate", "--schema", "../../prisma/schema.prisma"], { stdio: "inherit", env });
