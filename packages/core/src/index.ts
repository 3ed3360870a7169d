export type { Actor } from "./actor.ts";
export { assertCohortAccess, visibleCohortsWhere, type CohortAccess } from "./access/cohort-access.ts";
export { recordAudit, type AuditEntry } from "./audit/record-audit.ts";
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
