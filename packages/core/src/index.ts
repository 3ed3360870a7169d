export { assertCohortAccess, type CohortAccess, visibleCohortsWhere } from "./access/cohort-access.ts";
export type { Actor } from "./actor.ts";
export { type AuditEntry, recordAudit } from "./audit/record-audit.ts";
export { AppError, type AppErrorCode } from "./errors/app-error.ts";
export { getUser, listFacilitators, listUsers, type UserRow } from "./people/list-users.ts";
export {
  addCredential,
  changeRole,
  createUser,
  removeCredential,
  resetPassword,
  setUserActive,
  updateCredential,
  updateUser,
} from "./people/manage-users.ts";
export { findUserForSignIn, getOwnProfile, getPasswordHash, recordSignIn, setOwnPassword } from "./people/own-account.ts";
