import { z } from "zod";

// The only place the demo tools read the environment (the server, db and auth read their own).
const schema = z.object({
  /** where `npm run demo` keeps its database (rebuilt at every run) */
  DEMO_DATA_DIR: z.string().min(1).default("./.demo-data"),
});

export function readDemoEnv(env: NodeJS.ProcessEnv = process.env): z.infer<typeof schema> {
  return schema.parse({ DEMO_DATA_DIR: env.DEMO_DATA_DIR || undefined });
}
