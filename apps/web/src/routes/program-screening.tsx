import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { programsRoute } from "./programs.tsx";

/** A program's screening questions: admins edit them, everyone else reads them. */
export const programScreeningRoute = createRoute({
  getParentRoute: () => programsRoute,
  path: "/$programId/screening",
  component: lazyRouteComponent(() => import("../features/screening/screening-questions-page.tsx"), "ScreeningQuestionsPage"),
});
