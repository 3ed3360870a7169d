import { useEffect } from "react";

/** Sets the tab title for a page, so history and screen readers name where the person is. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Circle` : "Circle";
  }, [title]);
}
