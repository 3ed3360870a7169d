import { z } from "zod";

// The only place the server reads the environment (the db and auth packages read their own).
const bool = z.enum(["true", "false"]).transform((v) => v === "true");

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  /** Extra origins allowed to send mutations (the server's own origin always is). */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /** Behind a load balancer or TLS proxy: trust its X-Forwarded-* headers. */
  TRUST_PROXY: bool.default(false),
  /** "auto": Secure cookie when the request arrived over HTTPS. */
  COOKIE_SECURE: z.enum(["auto", "true", "false"]).default("auto"),
  /** Server processes behind the one port: a number, or "auto" for one per core (PostgreSQL only). */
  WORKERS: z.union([z.literal("auto"), z.coerce.number().int().min(1).max(64)]).default(1),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.string().default("production"),
});

export type ServerEnv = z.infer<typeof schema>;

export function readServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  return schema.parse(defined);
}
