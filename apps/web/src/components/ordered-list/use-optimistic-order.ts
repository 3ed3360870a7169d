import { notifications } from "@mantine/notifications";
import { useEffect, useRef, useState } from "react";
import { errorMessage } from "../../lib/api-error.ts";

interface OrderOptions<Item> {
  /** saves the whole new order */
  save: (ids: string[]) => Promise<unknown>;
  /** reloads the saved order from the server */
  refresh: () => unknown;
  /** how the announcement names an item, e.g. `“Wise mind”` */
  describe: (item: Item) => string;
}

/**
 * A list moved one step at a time: the new order shows at once and is saved in the background;
 * if the server refuses, the saved order comes back with a message. Several quick moves each
 * send the whole order; only the last one's answer is reloaded.
 */
export function useOptimisticOrder<Item extends { id: string }>(saved: Item[], options: OrderOptions<Item>) {
  const [order, setOrder] = useState(saved);
  const [announcement, setAnnouncement] = useState("");
  const latestMove = useRef(0);

  // A fresh answer from the server (after an add, edit, remove or save) is the truth.
  useEffect(() => setOrder(saved), [saved]);

  const move = (id: string, step: -1 | 1) => {
    const from = order.findIndex((item) => item.id === id);
    const to = from + step;
    const moving = order[from];
    if (!moving || to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, moving);
    setOrder(next);
    setAnnouncement(`${options.describe(moving)} moved to position ${to + 1} of ${next.length}`);
    const ticket = ++latestMove.current;
    options.save(next.map((item) => item.id)).then(
      () => {
        if (ticket === latestMove.current) void options.refresh();
      },
      (error: unknown) => {
        void options.refresh();
        setOrder(saved);
        setAnnouncement(`The order was not saved: ${errorMessage(error)}`);
        notifications.show({ color: "red", title: "The new order was not saved", message: errorMessage(error) });
      },
    );
  };

  return { order, move, announcement };
}
