// `@circle/db/testing`: what tests and the demo build data with. Production code imports only
// `@circle/db`, so it never loads faker or the test-database helper.

export { attendedDaysBothWays, type MemberDays } from "./attended-days.ts";
export {
  createUserRecord,
  FACTORY_PASSWORD,
  FACTORY_PASSWORD_HASH,
  type MemberData,
  memberFields,
  type UserOverrides,
  uniqueSuffix,
} from "./factories.ts";
export { openTestDb, type TestDbHandle } from "./test-db.ts";
