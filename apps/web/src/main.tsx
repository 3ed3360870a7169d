// The date pickers' and charts' styles load with the pages that show them (their files import
// them), out of the stylesheet every first page waits for.
import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { askWhoIsSignedInEarly } from "./lib/session/early-answer.ts";

const page = window.location.pathname;

// The entry only starts things. The sign-in page loads alone (sign-in.tsx: React, Mantine and its
// form, not the dashboard); every other page sends the sign-in check now, while the dashboard
// (router, query cache, frame and home, one chunk beside React's) is fetched and evaluated. The
// setup page does not start by asking who is signed in.
if (page === "/sign-in") {
  void import("./sign-in.tsx").then(({ startSignIn }) => startSignIn());
} else {
  const early = page === "/setup" ? undefined : askWhoIsSignedInEarly();
  void import("./dashboard.tsx").then(({ startDashboard }) => startDashboard(early));
}
