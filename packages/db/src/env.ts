import { z } from "zod";

// The only place the db package reads the environment.
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default("./.data"),
});

export type DbEnv = z.infer<typeof schema>;

export function readDbEnv(env: NodeJS.ProcessEnv = process.env): DbEnv {
  return schema.parse({ DATABASE_URL: env.DATABASE_URL || undefined, DATA_DIR: env.DATA_DIR || undefined });
}
