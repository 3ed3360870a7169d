import { useRouterState } from "@tanstack/react-router";
import { useEffect, useRef } from "react";

/**
 * A single-page app does not move focus when the page changes; do it by hand, so keyboard and
 * screen-reader users start at the new page instead of the link they left. Only on a new path:
 * filters and paging change the search string while someone is typing.
 */
export function useFocusMainOnNavigation(): void {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (pathname) document.getElementById("main")?.focus({ preventScroll: true });
  }, [pathname]);
}
