import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { appRoute } from "./app.tsx";

export const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account",
  component: lazyRouteComponent(() => import("../features/account/account-page.tsx"), "AccountPage"),
});

export const changePasswordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account/password",
  component: lazyRouteComponent(() => import("../features/account/change-password-page.tsx"), "ChangePasswordPage"),
});
