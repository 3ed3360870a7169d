export { readAuthEnv, type AuthEnv } from "./env.ts";
export { hashPassword, verifyPassword } from "./password.ts";
export {
  deleteExpiredSessions,
  endAllSessions,
  endSession,
  resolveSession,
  startSession,
  type ResolvedSession,
  type SessionPolicy,
  type SignedInUser,
} from "./sessions.ts";
export { createSignInLimiter, DEFAULT_SIGN_IN_LIMITS, SignInThrottled, type SignInLimiter, type SignInLimits } from "./sign-in-limiter.ts";
export { hashToken, newToken } from "./tokens.ts";
