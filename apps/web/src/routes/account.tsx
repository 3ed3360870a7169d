import { createRoute } from "@tanstack/react-router";
import { AccountPage } from "../features/account/account-page.tsx";
import { ChangePasswordPage } from "../features/account/change-password-page.tsx";
import { appRoute } from "./app.tsx";

export const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account",
  component: AccountPage,
});

export const changePasswordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account/password",
  component: ChangePasswordPage,
});
