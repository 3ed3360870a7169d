import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { requireRole } from "../features/auth/guards.ts";
import { appRoute } from "./app.tsx";

export const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/settings",
  beforeLoad: requireRole("ADMIN"),
  component: lazyRouteComponent(() => import("../features/settings/settings-page.tsx"), "SettingsPage"),
});
