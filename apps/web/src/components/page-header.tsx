import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useDocumentTitle } from "../lib/document-title.ts";

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** buttons on the right: the page's main actions */
  actions?: ReactNode;
  /** above the title, e.g. a link back to the list */
  back?: ReactNode;
}

/** Every page's one <h1>; also names the browser tab. */
export function PageHeader({ title, description, actions, back }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <Stack gap={6} mb="lg">
      {back}
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1} fz={{ base: "h2", sm: "h1" }}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" maw={720}>
              {description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
