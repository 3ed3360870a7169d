import type { Role } from "@circle/validators";
import type { RouterContext } from "../../lib/session/router-context.ts";
import { gettingStartedQuery } from "./getting-started-card.tsx";
import { HOME_CARDS } from "./home-cards.ts";

/**
 * Asks what the role's home cards will ask, in the tick the sign-in check answers: one batch
 * that is on its way while the frame and cards render, rather than sent once they have. The
 * cards' own queries then find it in flight (or cached, as the same options give the same key).
 */
export function askHomeQuestions(context: RouterContext, role: Role): void {
  for (const card of HOME_CARDS) if (card.roles.includes(role)) void card.ask(context);
  if (role === "ADMIN") void context.queryClient.prefetchQuery(gettingStartedQuery(context.trpc));
}
