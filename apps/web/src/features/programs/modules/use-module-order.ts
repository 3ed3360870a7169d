import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { errorMessage } from "../../../lib/api-error.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { ProgramModule } from "../types.ts";
import { useRefreshProgram } from "../use-refresh-program.ts";

/**
 * The modules in the order shown, moved one step at a time. The new order shows at once and is
 * saved in the background; if the server refuses, the saved order comes back with a message.
 */
export function useModuleOrder(programId: string, saved: ProgramModule[]) {
  const trpc = useTRPC();
  const refresh = useRefreshProgram(programId);
  const [order, setOrder] = useState(saved);
  const [announcement, setAnnouncement] = useState("");
  const reorder = useMutation(trpc.programs.reorderModules.mutationOptions());
  // Several quick moves each send the whole order; only the last one's answer is reloaded.
  const latestMove = useRef(0);

  // A fresh answer from the server (after an add, edit, remove or save) is the truth.
  useEffect(() => setOrder(saved), [saved]);

  const move = (moduleId: string, step: -1 | 1) => {
    const from = order.findIndex((module) => module.id === moduleId);
    const to = from + step;
    const moving = order[from];
    if (!moving || to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, moving);
    setOrder(next);
    setAnnouncement(`${moving.title} moved to position ${to + 1} of ${next.length}`);
    const ticket = ++latestMove.current;
    reorder.mutate(
      { programId, moduleIds: next.map((module) => module.id) },
      {
        onSuccess: () => {
          if (ticket === latestMove.current) void refresh();
        },
        onError: (error) => {
          void refresh();
          setOrder(saved);
          setAnnouncement(`The order was not saved: ${errorMessage(error)}`);
          notifications.show({ color: "red", title: "The new order was not saved", message: errorMessage(error) });
        },
      },
    );
  };

  return { order, move, announcement, saving: reorder.isPending };
}
