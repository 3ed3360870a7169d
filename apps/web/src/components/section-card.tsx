import { Group, Paper, Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface SectionCardProps {
  title: string;
  /** heading level; pages use 2 for their sections */
  order?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled card: the building block of home and detail pages. */
export function SectionCard({ title, order = 2, actions, children }: SectionCardProps) {
  return (
    <Paper withBorder p="lg" h="100%">
      <Stack gap="md">
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Title order={order} fz="h4">
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
