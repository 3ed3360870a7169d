import { createRoute } from "@tanstack/react-router";
import { HomePage } from "../features/home/home-page.tsx";
import { appRoute } from "./app.tsx";

export const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  component: HomePage,
});
