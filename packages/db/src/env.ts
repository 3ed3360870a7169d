import { resolve } from "node:path";
import { z } from "zod";

// The only place the db package reads the environment.
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** the tables' owner: migrations run as it, the server as DATABASE_URL's role (see README) */
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  /** a read replica of DATABASE_URL's database: reports and exports read from it */
  REPORTING_DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default("./.data"),
});

export type DbEnv = z.infer<typeof schema>;

/**
 * A relative folder is taken from where the person ran the command: npm runs workspace scripts
 * inside the workspace, but records the original directory in INIT_CWD.
 */
export function resolveFromInvocation(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.INIT_CWD ?? process.cwd(), path);
}

export function readDbEnv(env: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = schema
    .refine((e) => !e.REPORTING_DATABASE_URL || e.DATABASE_URL, {
      path: ["REPORTING_DATABASE_URL"],
      message: "A reporting replica needs DATABASE_URL too (the embedded database has no replicas)",
    })
    .refine((e) => !e.MIGRATION_DATABASE_URL || e.DATABASE_URL, {
      path: ["MIGRATION_DATABASE_URL"],
      message: "A migration role needs DATABASE_URL too (the embedded database has one role)",
    })
    .parse({
      DATABASE_URL: env.DATABASE_URL || undefined,
      REPORTING_DATABASE_URL: env.REPORTING_DATABASE_URL || undefined,
      MIGRATION_DATABASE_URL: env.MIGRATION_DATABASE_URL || undefined,
      DATA_DIR: env.DATA_DIR || undefined,
    });
  // memory:// is PGlite's throw-away database, not a folder
  const dataDir = parsed.DATA_DIR.startsWith("memory://") ? parsed.DATA_DIR : resolveFromInvocation(parsed.DATA_DIR, env);
  return { ...parsed, DATA_DIR: dataDir };
}
