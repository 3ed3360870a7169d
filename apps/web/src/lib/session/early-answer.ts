/**
 * The sign-in check every signed-in page starts with (`askWhoIsSignedIn`: the organisation's
 * settings and who is signed in, one batch), sent by the entry while the dashboard's code is
 * still loading and evaluating, rather than after. The tRPC link takes this answer for the first
 * request to the same URL; if the batch ever changes shape, the URLs differ and the link simply
 * asks again (features/auth/early-answer.test.ts keeps them equal).
 */
export interface EarlyAnswer {
  url: string;
  response: Promise<Response>;
}

// superjson's encoding of a procedure called without input, as the batch link sends it.
const NO_INPUT = { json: null, meta: { values: ["undefined"], v: 1 } };

export const WHO_IS_SIGNED_IN_URL = `/trpc/settings.organisation,auth.me?batch=1&input=${encodeURIComponent(
  JSON.stringify({ 0: NO_INPUT, 1: NO_INPUT }),
)}`;

export function askWhoIsSignedInEarly(): EarlyAnswer {
  return { url: WHO_IS_SIGNED_IN_URL, response: fetch(WHO_IS_SIGNED_IN_URL, { credentials: "same-origin" }) };
}
