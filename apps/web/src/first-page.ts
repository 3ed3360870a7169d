import { askWhoIsSignedIn } from "./features/auth/guards.ts";
import type { RouterContext } from "./lib/session/router-context.ts";
import type { createAppRouter } from "./router.tsx";
import { appRoute } from "./routes/app.tsx";

/**
 * The first page's work, started before React renders: a signed-in page's questions (who is
 * signed in, the organisation) first, then the code of every route the address matches, so that
 * neither waits for the other. The order matters: the browser keeps six connections to the
 * server, and a page's dozens of chunks asked for first would queue the guard's request behind them.
 */
export function startFirstPage(router: ReturnType<typeof createAppRouter>, context: RouterContext) {
  const matches = router.matchRoutes(router.state.location);
  if (matches.some((match) => match.routeId === appRoute.id)) {
    const asked = askWhoIsSignedIn(context);
    asked.me.catch(() => undefined); // the guard awaits the same answer and handles its failure
  }
  // tRPC sends its batch in the next task; the chunks are asked for in the one after.
  setTimeout(() => {
    for (const match of matches) void router.loadRouteChunk(router.routesById[match.routeId as keyof typeof router.routesById]);
  });
}
