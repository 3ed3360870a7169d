import type { Role } from "@circle/validators";
import { type ParsedLocation, redirect } from "@tanstack/react-router";
import { setOrganisationTimeZone } from "../../lib/organisation-zone.ts";
import { AccessDeniedError } from "../../lib/session/access-denied-error.ts";
import type { RouterContext } from "../../lib/session/router-context.ts";

export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * The signed-in layout's gate: nobody signed in → sign-in page (coming back here after);
 * a temporary password → the change-password page before anything else.
 */
export async function requireSignedIn({ context, location }: { context: RouterContext; location: ParsedLocation }) {
  const asked = askWhoIsSignedIn(context);
  const me = await asked.me;
  if (!me) throw redirect({ to: "/sign-in", search: { redirect: location.href } });
  if (me.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) throw redirect({ to: CHANGE_PASSWORD_PATH });
  // Every time that belongs to no cohort is read in the organisation's zone (lib/format.ts).
  setOrganisationTimeZone((await asked.organisation).timeZone);
  return { me };
}

/**
 * The signed-in layout's two questions: who is signed in, and the organisation's settings. Asked
 * for in the same tick, so the batch link sends both in one request: no second round trip before
 * the page (signed out, the organisation's answer is a refusal nobody waits for; with a temporary
 * password it is answered, as the change-password page needs it). Asked again while in flight or
 * cached, they are not sent twice.
 */
export function askWhoIsSignedIn({ queryClient, trpc }: RouterContext) {
  const organisation = queryClient.ensureQueryData(trpc.settings.organisation.queryOptions());
  organisation.catch(() => undefined);
  return { me: queryClient.ensureQueryData(trpc.auth.me.queryOptions()), organisation };
}

/** A page only some roles may open. The server refuses their data anyway; this says so clearly. */
export function requireRole(...roles: Role[]) {
  return ({ context }: { context: { me: { role: Role } } }) => {
    if (!roles.includes(context.me.role)) throw new AccessDeniedError();
  };
}
