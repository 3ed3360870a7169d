export { createDb, type Db, type DbHandle, type DbOptions } from "./client.ts";
export { readDbEnv, type DbEnv } from "./env.ts";
export { migrate, readMigrations, MIGRATIONS_DIR } from "./migrate/migrator.ts";
export type { SqlRunner } from "./sql-runner.ts";
export { openTestDb } from "./testing/test-db.ts";
export { createUserRecord, FACTORY_PASSWORD, FACTORY_PASSWORD_HASH, uniqueSuffix, type UserOverrides } from "./seed/factories.ts";
export { Prisma } from "./generated/prisma/client.ts";
export type * from "./generated/prisma/client.ts";
export * as enums from "./generated/prisma/enums.ts";
