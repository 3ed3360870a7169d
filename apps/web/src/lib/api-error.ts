import type { AppRouter } from "@circle/api";
import type { TRPCClientError } from "@trpc/client";

export type ApiError = TRPCClientError<AppRouter>;

/**
 * An answer of our API that refused, or none at all: told by the name tRPC's client gives its
 * errors, not by their class, so the sign-in page tells them apart without loading that client
 * (3 kB of its 100 kB budget; see features/auth/sign-in-calls.ts).
 */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof Error && error.name === "TRPCClientError";
}

/** The tRPC code (UNAUTHORIZED, FORBIDDEN, NOT_FOUND, …) of a server refusal, if it is one. */
export function apiErrorCode(error: unknown): string | undefined {
  return isApiError(error) ? error.data?.code : undefined;
}

export function isForbidden(error: unknown): boolean {
  return apiErrorCode(error) === "FORBIDDEN";
}

export function isNotFound(error: unknown): boolean {
  return apiErrorCode(error) === "NOT_FOUND";
}

/** A 4xx answer: the request itself was refused, so trying it again will not help. */
export function isClientError(error: unknown): boolean {
  const status = isApiError(error) ? error.data?.httpStatus : undefined;
  return status !== undefined && status >= 400 && status < 500;
}

/** A message fit to show a person: the server's own words, or a plain network explanation. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    // No data means the request never got an answer from our API (offline, server down).
    if (!error.data) return "Could not reach the server. Check your connection and try again.";
    return error.message;
  }
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Please try again.";
}
