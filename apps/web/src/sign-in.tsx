import { MantineProvider } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { SignInPage } from "./features/auth/sign-in-page.tsx";
import { cssVariablesResolver, theme } from "./theme.ts";

/**
 * The sign-in page opened by its address, alone: React, Mantine with the app's theme and the
 * page, no router, query cache or dashboard chunk, so a first visit downloads little. Signing in
 * loads the target page in full, which starts the dashboard. A navigation inside the dashboard
 * (signing out, a session ending) shows the same page through its route (routes/sign-in.tsx).
 */
export function startSignIn(): void {
  const redirect = new URLSearchParams(window.location.search).get("redirect") ?? undefined;
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <SignInPage redirect={redirect} />
      </MantineProvider>
    </StrictMode>,
  );
}
