import { Center, Paper, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import type { ReactNode } from "react";
import { useDocumentTitle } from "../lib/document-title.ts";
import { BrandMark } from "./brand-mark.tsx";

interface StandalonePageProps {
  title: string;
  description: string;
  /** below the card, in small print */
  footer?: ReactNode;
  width?: number;
  children: ReactNode;
}

/**
 * A page outside the signed-in frame (sign-in, first setup): the brand over one centred card.
 * The sign-in page is shown without the router, so the brand is a plain link home.
 */
export function StandalonePage({ title, description, footer, width = 400, children }: StandalonePageProps) {
  useDocumentTitle(title);
  return (
    <Center component="main" id="main" mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={width} gap="lg">
        <Center>
          <UnstyledButton component="a" href="/" aria-label="Circle, go to home">
            <BrandMark />
          </UnstyledButton>
        </Center>
        <Paper withBorder shadow="sm" p="xl">
          <Stack gap="lg">
            <div>
              <Title order={1} fz="h2">
                {title}
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                {description}
              </Text>
            </div>
            {children}
          </Stack>
        </Paper>
        {footer && (
          <Text c="dimmed" size="xs" ta="center">
            {footer}
          </Text>
        )}
      </Stack>
    </Center>
  );
}
