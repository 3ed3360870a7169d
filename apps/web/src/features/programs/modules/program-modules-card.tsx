import { Alert, Button, Text, VisuallyHidden } from "@mantine/core";
import { IconInfoCircle, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useKeepFocusAfterMove } from "../../../components/ordered-list/use-keep-focus-after-move.ts";
import { SectionCard } from "../../../components/section-card.tsx";
import type { Program, ProgramModule } from "../types.ts";
import { AddModuleModal, EditModuleModal } from "./module-form-modal.tsx";
import { ModuleItem } from "./module-item.tsx";
import classes from "./module-list.module.css";
import { RemoveModuleModal } from "./remove-module-modal.tsx";
import { useModuleOrder } from "./use-module-order.ts";

type Dialog = { kind: "add" } | { kind: "edit"; module: ProgramModule } | { kind: "remove"; module: ProgramModule } | null;

/** The program's modules in session order; admins add, edit, remove and move them. */
export function ProgramModulesCard({ program, canEdit }: { program: Program; canEdit: boolean }) {
  const { order, move, announcement } = useModuleOrder(program.id, program.modules);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { listRef, keepFocus } = useKeepFocusAfterMove<HTMLUListElement>();

  const moveAndKeepFocus = (module: ProgramModule, step: -1 | 1) => {
    move(module.id, step);
    keepFocus(module.id, step);
  };

  return (
    <SectionCard
      title="Modules"
      actions={
        canEdit && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setDialog({ kind: "add" })}
          >
            Add module
          </Button>
        )
      }
    >
      <Text size="sm" c="dimmed">
        One module per session, in the order they are run: session 1 covers the first module.
        {canEdit && " Use the arrows to change the order."}
      </Text>
      <CountMismatch modules={order.length} sessions={program.sessionCount} />
      {order.length === 0 ? (
        <Text size="sm" c="dimmed">
          {canEdit
            ? "No modules yet. Add the first one: its title, goals, homework and notes for facilitators."
            : "No modules have been written for this program yet."}
        </Text>
      ) : (
        <ul className={classes.list} ref={listRef} aria-label="Modules in session order">
          {order.map((module, index) => (
            <ModuleItem
              key={module.id}
              module={module}
              position={index + 1}
              count={order.length}
              sessionCount={program.sessionCount}
              editing={
                canEdit
                  ? {
                      onMove: (step) => moveAndKeepFocus(module, step),
                      onEdit: () => setDialog({ kind: "edit", module }),
                      onRemove: () => setDialog({ kind: "remove", module }),
                    }
                  : undefined
              }
            />
          ))}
        </ul>
      )}
      <VisuallyHidden aria-live="polite" role="status">
        {announcement}
      </VisuallyHidden>

      {dialog?.kind === "add" && (
        <AddModuleModal programId={program.id} nextPosition={order.length + 1} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === "edit" && <EditModuleModal module={dialog.module} onClose={() => setDialog(null)} />}
      {dialog?.kind === "remove" && <RemoveModuleModal module={dialog.module} onClose={() => setDialog(null)} />}
    </SectionCard>
  );
}

function CountMismatch({ modules, sessions }: { modules: number; sessions: number }) {
  if (modules === 0 || modules === sessions) return null;
  const missing = modules + 1 === sessions ? `session ${sessions} has` : `sessions ${modules + 1} to ${sessions} have`;
  const text =
    modules < sessions
      ? `The program has ${sessions} sessions but ${modules} module${modules === 1 ? "" : "s"}: ${missing} no module yet.`
      : `The program has ${sessions} sessions, so the last ${modules - sessions} module${modules - sessions === 1 ? " is" : "s are"} not used.`;
  return (
    <Alert variant="light" color="yellow" icon={<IconInfoCircle aria-hidden />} py="xs">
      {text}
    </Alert>
  );
}
