import { Button, Center, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useDocumentTitle } from "../lib/document-title.ts";

export function NotFound() {
  useDocumentTitle("Page not found");
  return (
    <Center mih="50vh" p="md">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Text c="dimmed" fw={600}>
          404
        </Text>
        <Title order={1}>Page not found</Title>
        <Text c="dimmed">This address does not lead to a page in Circle. It may have been mistyped, or the page has moved.</Text>
        <Button component={Link} to="/" mt="sm">
          Go to home
        </Button>
      </Stack>
    </Center>
  );
}

/** For addresses outside the signed-in frame, which has no <main> of its own to render into. */
export function NotFoundPage() {
  return (
    <main id="main">
      <NotFound />
    </main>
  );
}
