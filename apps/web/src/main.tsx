// The date pickers' and charts' styles load with the pages that show them (their files import
// them), out of the stylesheet every first page waits for.
import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { askWhoIsSignedInEarly } from "./lib/session/early-answer.ts";

// Pages that do not start by asking who is signed in (the signed-in layout's guard does).
const STANDALONE_PAGES = ["/sign-in", "/setup"];

// The entry only starts things: the sign-in check goes out now, while the dashboard (router,
// query cache, frame and home, one chunk beside React's) is fetched and evaluated.
const early = STANDALONE_PAGES.includes(window.location.pathname) ? undefined : askWhoIsSignedInEarly();
void import("./dashboard.tsx").then(({ startDashboard }) => startDashboard(early));
