import { Group, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import type { ReactNode } from "react";

/** "1  Record consent", with a check once the step is done. */
export function StepHeading({ number, done, children }: { number: number; done: boolean; children: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon size={24} radius="xl" color={done ? "green" : "gray"} variant={done ? "filled" : "light"} aria-hidden>
        {done ? (
          <IconCheck size={14} />
        ) : (
          <Text size="xs" fw={700}>
            {number}
          </Text>
        )}
      </ThemeIcon>
      <Text fw={600} size="sm">
        {children}
        {done && <VisuallyHidden> (done)</VisuallyHidden>}
      </Text>
    </Group>
  );
}
