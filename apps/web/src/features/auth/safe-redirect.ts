/** Only paths inside this app: `?redirect=https://elsewhere` must never send a person off-site. */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return "/";
  if (target.startsWith("/sign-in")) return "/";
  return target;
}
