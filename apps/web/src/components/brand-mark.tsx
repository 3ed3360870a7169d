import { Group, Text } from "@mantine/core";

/** The ring and the name, as the header and the standalone pages show them (each wraps it in its own link). */
export function BrandMark() {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
        <circle cx="16" cy="16" r="11.5" fill="none" stroke="var(--mantine-primary-color-filled)" strokeWidth="5" />
      </svg>
      <Text fw={700} fz="lg" c="dark.7">
        Circle
      </Text>
    </Group>
  );
}
