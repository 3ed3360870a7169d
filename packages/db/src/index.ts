export { createDb, type Db, type DbHandle, type DbOptions } from "./client.ts";
export { type DbEnv, readDbEnv, resolveFromInvocation } from "./env.ts";
export type * from "./generated/prisma/client.ts";
export { Prisma } from "./generated/prisma/client.ts";
export * as enums from "./generated/prisma/enums.ts";
export { MIGRATIONS_DIR, migrate, readMigrations } from "./migrate/migrator.ts";
export {
  createUserRecord,
  FACTORY_PASSWORD,
  FACTORY_PASSWORD_HASH,
  type MemberData,
  memberFields,
  type UserOverrides,
  uniqueSuffix,
} from "./seed/factories.ts";
export type { SqlRunner } from "./sql-runner.ts";
export { openTestDb } from "./testing/test-db.ts";
