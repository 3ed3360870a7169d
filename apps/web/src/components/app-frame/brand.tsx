import { Group, Text, UnstyledButton } from "@mantine/core";
import { Link } from "@tanstack/react-router";

export function Brand() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="Circle, go to home">
      <Group gap={8} wrap="nowrap">
        <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
          <circle cx="16" cy="16" r="11.5" fill="none" stroke="var(--mantine-primary-color-filled)" strokeWidth="5" />
        </svg>
        <Text fw={700} fz="lg" c="dark.7">
          Circle
        </Text>
      </Group>
    </UnstyledButton>
  );
}
