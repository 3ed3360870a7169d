import { createRoute, lazyRouteComponent, redirect } from "@tanstack/react-router";
import { safeRedirect } from "../features/auth/safe-redirect.ts";
import { anyText, searchParams } from "../lib/search-params/search-params.ts";
import { rootRoute } from "./root.tsx";

/** ?redirect=… is where to go once signed in (checked by safeRedirect before it is followed). */
const signInSearch = searchParams({ redirect: anyText });

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: signInSearch,
  // Someone already signed in has nothing to do here.
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(context.trpc.auth.me.queryOptions());
    if (me) throw redirect({ href: safeRedirect(search.redirect) });
  },
  // Lazy too: its form (and the shared schemas) load beside the first chunk, not inside it.
  component: lazyRouteComponent(() => import("../features/auth/sign-in-page.tsx"), "SignInPage"),
});
