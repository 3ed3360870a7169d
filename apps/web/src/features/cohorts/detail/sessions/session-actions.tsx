import { ActionIcon, Button, Group, Menu } from "@mantine/core";
import { IconCalendarEvent, IconCheck, IconDots, IconX } from "@tabler/icons-react";
import { formatSessionDay } from "../../../../lib/format.ts";
import type { CohortSession } from "../../types.ts";

export type SessionAction = "hold" | "cancel" | "reschedule";

interface SessionActionsProps {
  session: CohortSession;
  timeZone: string;
  /** its local day has come: it may be marked held */
  dayHasCome: boolean;
  onAction: (action: SessionAction) => void;
}

/** What the people who run a cohort can do with a scheduled session. */
export function SessionActions({ session, timeZone, dayHasCome, onAction }: SessionActionsProps) {
  if (session.status !== "SCHEDULED") return null;
  return (
    <Group gap={4} justify="flex-end">
      {dayHasCome && (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconCheck size={14} aria-hidden />}
          aria-label={`Mark session ${session.number} held`}
          onClick={() => onAction("hold")}
        >
          Mark held
        </Button>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`More actions for session ${session.number}`}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {!dayHasCome && (
            <Menu.Item leftSection={<IconCheck size={16} aria-hidden />} disabled>
              Mark held (from {formatSessionDay(session.startsAt, timeZone)})
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconCalendarEvent size={16} aria-hidden />} onClick={() => onAction("reschedule")}>
            Reschedule…
          </Menu.Item>
          <Menu.Item leftSection={<IconX size={16} aria-hidden />} color="red" onClick={() => onAction("cancel")}>
            Cancel session…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
