import type { AttendanceStatus } from "@circle/validators";
import { Badge, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import type { KeyboardEvent, Ref } from "react";
import { memberName } from "../../../lib/member-name.ts";
import { ATTENDANCE_BY_KEY, ATTENDANCE_LABELS, ATTENDANCE_STATUSES } from "../attendance-labels.ts";
import { type Correction, CorrectionHistory } from "../correction-history.tsx";
import classes from "./sheet.module.css";
import type { Mark } from "./use-sheet-marks.ts";

interface SheetRowProps {
  member: { id: string; firstName: string; lastName: string; preferredName: string | null; pronouns: string | null };
  mark: Mark;
  unsaved: boolean;
  corrections: Correction[];
  /** only the active row is in the tab order; arrows and j/k move between rows */
  active: boolean;
  readOnly: boolean;
  rowRef: Ref<HTMLDivElement>;
  onFocus: () => void;
  onMove: (by: number) => void;
  onChange: (change: Partial<Mark>) => void;
}

/** One member on the sheet: a key or a tap for each status, and a short note. */
export function SheetRow({
  member,
  mark,
  unsaved,
  corrections,
  active,
  readOnly,
  rowRef,
  onFocus,
  onMove,
  onChange,
}: SheetRowProps) {
  const name = memberName(member);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    if (key === "ArrowDown" || key === "j") onMove(1);
    else if (key === "ArrowUp" || key === "k") onMove(-1);
    else {
      const choice = ATTENDANCE_BY_KEY.get(key.toUpperCase());
      if (!choice || readOnly) return;
      onChange({ status: choice.status });
    }
    event.preventDefault();
  };
  const choose = (status: AttendanceStatus) => !readOnly && onChange({ status });
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of the sheet that takes the status keys, not a fieldset of inputs
    <div
      ref={rowRef}
      role="group"
      aria-label={`${name}: ${mark.status ? ATTENDANCE_LABELS[mark.status] : "not marked"}${unsaved ? ", not saved" : ""}`}
      aria-keyshortcuts="P L E X A ArrowUp ArrowDown"
      tabIndex={active ? 0 : -1}
      onFocus={(event) => event.target === event.currentTarget && onFocus()}
      onKeyDown={onKeyDown}
      className={classes.row}
      data-unsaved={unsaved || undefined}
      data-testid="sheet-row"
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={0}>
          <Text fw={600}>{name}</Text>
          <Group gap={6}>
            {member.pronouns && (
              <Text size="xs" c="dimmed">
                {member.pronouns}
              </Text>
            )}
            {unsaved && (
              <Badge size="xs" color="dark" variant="outline">
                Not saved
              </Badge>
            )}
            {corrections.length > 0 && (
              <Badge size="xs" color="dark" variant="outline">
                Corrected
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap={4} wrap="nowrap">
          {ATTENDANCE_STATUSES.map((choice) => (
            <Button
              key={choice.status}
              size="compact-md"
              tabIndex={-1}
              variant={mark.status === choice.status ? "filled" : "default"}
              // light tints with dark text keep every letter and word above 4.5:1
              color={`${choice.color}.3`}
              autoContrast
              aria-pressed={mark.status === choice.status}
              disabled={readOnly}
              onClick={() => choose(choice.status)}
              className={classes.status}
            >
              {choice.key}
              <span className={classes.statusLabel}> {choice.label}</span>
            </Button>
          ))}
        </Group>
      </Group>
      <TextInput
        mt={6}
        size="xs"
        aria-label={`Note for ${name}`}
        placeholder="Note (optional)"
        maxLength={280}
        readOnly={readOnly}
        value={mark.note}
        onChange={(event) => onChange({ note: event.currentTarget.value })}
      />
      {corrections.length > 0 && <CorrectionHistory corrections={corrections} />}
    </div>
  );
}
