import { ActionIcon, Badge, Button, Collapse, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconChevronDown, IconChevronRight, IconPencil, IconTrash } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import type { ProgramModule } from "../types.ts";
import classes from "./module-list.module.css";

interface ModuleItemProps {
  module: ProgramModule;
  position: number;
  count: number;
  /** the session this module is run in; beyond the program's sessions it is never used */
  sessionCount: number;
  /** admin controls; absent for people who only read */
  editing?: {
    onMove: (step: -1 | 1) => void;
    onEdit: () => void;
    onRemove: () => void;
  };
}

/** One module: its session, title and goals at a glance; homework and facilitator notes on demand. */
export function ModuleItem({ module, position, count, sessionCount, editing }: ModuleItemProps) {
  const [open, setOpen] = useState(false);
  const detailsId = `module-details-${module.id}`;
  const hasDetails = Boolean(module.goals || module.homework || module.facilitatorNotes);
  return (
    <li className={classes.item}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge
              variant="light"
              color={position > sessionCount ? "gray" : "circle"}
              radius="sm"
              style={{ flexShrink: 0 }}
              mt={2}
            >
              {position > sessionCount ? `Unused (${position})` : `Session ${position}`}
            </Badge>
            <Text fw={600} size="sm" style={{ overflowWrap: "anywhere" }}>
              {module.title}
            </Text>
          </Group>
          {module.goals && !open && (
            <Text size="sm" c="dimmed" lineClamp={1}>
              {module.goals}
            </Text>
          )}
          {hasDetails && (
            <>
              <Button
                variant="subtle"
                color="gray"
                size="compact-xs"
                w="fit-content"
                leftSection={open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
                aria-expanded={open}
                aria-controls={detailsId}
                onClick={() => setOpen((value) => !value)}
              >
                {open ? "Hide details" : "Goals, homework and notes"}
              </Button>
              <Collapse expanded={open} id={detailsId}>
                <Stack gap={6}>
                  <Detail label="Goals">{module.goals}</Detail>
                  <Detail label="Homework">{module.homework}</Detail>
                  <Detail label="Facilitator notes">{module.facilitatorNotes}</Detail>
                </Stack>
              </Collapse>
            </>
          )}
        </Stack>
        {editing && (
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Tooltip label="Move up">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move “${module.title}” up`}
                data-move={`${module.id}:up`}
                disabled={position === 1}
                onClick={() => editing.onMove(-1)}
              >
                <IconArrowUp size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Move down">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move “${module.title}” down`}
                data-move={`${module.id}:down`}
                disabled={position === count}
                onClick={() => editing.onMove(1)}
              >
                <IconArrowDown size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPencil size={14} aria-hidden />}
              aria-label={`Edit “${module.title}”`}
              onClick={editing.onEdit}
            >
              Edit
            </Button>
            <ActionIcon variant="subtle" color="red" aria-label={`Remove “${module.title}”`} onClick={editing.onRemove}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        )}
      </Group>
    </li>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <Text size="sm" style={{ whiteSpace: "pre-line" }}>
      <Text span fw={600} size="sm">
        {label}:
      </Text>{" "}
      {children}
    </Text>
  );
}
