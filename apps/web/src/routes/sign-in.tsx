import { createRoute, lazyRouteComponent, redirect } from "@tanstack/react-router";
import { z } from "zod";
import { safeRedirect } from "../features/auth/safe-redirect.ts";
import { rootRoute } from "./root.tsx";

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: z.object({ redirect: z.string().optional().catch(undefined) }),
  // Someone already signed in has nothing to do here.
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(context.trpc.auth.me.queryOptions());
    if (me) throw redirect({ href: safeRedirect(search.redirect) });
  },
  // Lazy too: its form (and the shared schemas) load beside the first chunk, not inside it.
  component: lazyRouteComponent(() => import("../features/auth/sign-in-page.tsx"), "SignInPage"),
});
