/**
 * Temporary passwords the admin has just set, kept in memory only until they have been shown
 * on the person's page: never in the URL, history state or storage.
 */
const pending = new Map<string, string>();

export function rememberHandover(userId: string, temporaryPassword: string): void {
  pending.set(userId, temporaryPassword);
}

export function peekHandover(userId: string): string | undefined {
  return pending.get(userId);
}

export function forgetHandover(userId: string): void {
  pending.delete(userId);
}
