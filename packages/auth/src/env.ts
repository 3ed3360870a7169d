import { z } from "zod";

// The only place the auth package reads the environment.
const schema = z.object({
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
});

export type AuthEnv = z.infer<typeof schema>;

export function readAuthEnv(env: NodeJS.ProcessEnv = process.env): AuthEnv {
  return schema.parse({
    SESSION_IDLE_MINUTES: env.SESSION_IDLE_MINUTES || undefined,
    SESSION_MAX_HOURS: env.SESSION_MAX_HOURS || undefined,
  });
}
