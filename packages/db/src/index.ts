export { createDb, type Db, type DbHandle, type DbOptions, type StatementListener } from "./client.ts";
export { assertDataFolderFree, DataFolderInUse } from "./data-folder-lock.ts";
export { type DbEnv, readDbEnv, resolveFromInvocation } from "./env.ts";
export type * from "./generated/prisma/client.ts";
export { Prisma } from "./generated/prisma/client.ts";
export * as enums from "./generated/prisma/enums.ts";
export { MIGRATIONS_DIR, migrate, readMigrations } from "./migrate/migrator.ts";
export { migrateAsOwner } from "./migrate/owner-migration.ts";
export type { SqlRunner } from "./sql-runner.ts";
