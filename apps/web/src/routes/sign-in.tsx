import { createRoute } from "@tanstack/react-router";
import { lazy } from "react";
import { anyText, searchParams } from "../lib/search-params/search-params.ts";
import { rootRoute } from "./root.tsx";

// The page the sign-in entry shows when /sign-in is opened by its address (sign-in.tsx), here for
// a navigation inside the dashboard (signing out, a session ending). It sends on whoever is
// already signed in, and loads the target page in full once signed in.
const SignInPage = lazy(() => import("../features/auth/sign-in-page.tsx").then((m) => ({ default: m.SignInPage })));

/** ?redirect=… is where to go once signed in (checked by safeRedirect before it is followed). */
const signInSearch = searchParams({ redirect: anyText });

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: signInSearch,
  component: function SignInRoute() {
    const { redirect } = signInRoute.useSearch();
    return <SignInPage redirect={redirect} />;
  },
});
