import { Button, Center, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useDocumentTitle } from "../lib/document-title.ts";

export function AccessDenied() {
  useDocumentTitle("No access");
  return (
    <Center mih="50vh" p="md">
      <Stack align="center" gap="sm" maw={520} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color="orange" aria-hidden>
          <IconLock size={28} />
        </ThemeIcon>
        <Title order={1}>You don't have access to this page</Title>
        <Text c="dimmed">
          Your role does not include this part of Circle. If you need it for your work, ask an administrator to change your role.
        </Text>
        <Button component={Link} to="/" mt="sm">
          Go to home
        </Button>
      </Stack>
    </Center>
  );
}
