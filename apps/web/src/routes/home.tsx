import { createRoute } from "@tanstack/react-router";
import { askHomeQuestions } from "../features/home/ask-home-questions.ts";
import { HomePage } from "../features/home/home-page.tsx";
import { appRoute } from "./app.tsx";

// The page most visits open first, with its cards: part of the dashboard's chunk, so it renders
// as soon as the sign-in check answers (the sign-in page has its own, smaller download).
export const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  // Not awaited: the page renders while its cards' data is on the way.
  loader: ({ context }) => askHomeQuestions(context, context.me.role),
  component: HomePage,
});
