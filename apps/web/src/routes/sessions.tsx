import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { weekSearchSchema } from "../features/sessions/week-search.ts";
import { appRoute } from "./app.tsx";

/** The week across cohorts; the server keeps each role to the sessions it may see. */
export const weekRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/sessions",
  validateSearch: weekSearchSchema,
  component: lazyRouteComponent(() => import("../features/sessions/week-page.tsx"), "WeekPage"),
});
