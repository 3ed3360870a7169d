import { useLayoutEffect, useRef, useState } from "react";

type Direction = "up" | "down";

/**
 * After a move, the moved item's button keeps the focus so a keyboard user can press it again;
 * at the top or bottom (where that button is disabled) the other direction takes it. Buttons
 * carry `data-move="<id>:up"` / `"<id>:down"` inside the list the returned ref points to.
 */
export function useKeepFocusAfterMove<List extends HTMLElement>() {
  const listRef = useRef<List>(null);
  const [moved, setMoved] = useState<{ id: string; direction: Direction } | null>(null);

  useLayoutEffect(() => {
    if (!moved || !listRef.current) return;
    const button = (which: Direction) => listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${moved.id}:${which}"]`);
    const target = button(moved.direction);
    (target && !target.disabled ? target : button(moved.direction === "up" ? "down" : "up"))?.focus();
    setMoved(null);
  }, [moved]);

  return { listRef, keepFocus: (id: string, step: -1 | 1) => setMoved({ id, direction: step === -1 ? "up" : "down" }) };
}
