export { type AuthEnv, readAuthEnv } from "./env.ts";
export { hashPassword, verifyPassword } from "./password.ts";
export {
  deleteExpiredSessions,
  endSession,
  type ResolvedSession,
  resolveSession,
  type SessionPolicy,
  type SignedInUser,
  startSession,
} from "./sessions.ts";
export {
  createSignInLimiter,
  DEFAULT_SIGN_IN_LIMITS,
  type SignInLimiter,
  type SignInLimits,
  SignInThrottled,
} from "./sign-in-limiter.ts";
export { hashToken, newToken } from "./tokens.ts";
