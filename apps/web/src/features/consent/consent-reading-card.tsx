import { Paper, ScrollArea, Stack, Text, Title } from "@mantine/core";
import { formatDate } from "../../lib/format.ts";
import { ConsentMarkdown } from "./consent-markdown.tsx";
import type { ConsentDocument, ConsentVersion } from "./types.ts";

/** The whole version, as the member reads it, before anything is signed. Scrolls with the keyboard too. */
export function ConsentReadingCard({
  document,
  version,
  name,
}: {
  document: ConsentDocument;
  version: ConsentVersion;
  name: string;
}) {
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h4">
            {document.title}, version {version.version}
          </Title>
          <Text size="sm" c="dimmed">
            Published {formatDate(version.publishedAt)}. Go through the whole text with {name}, or give it to them to read, and
            answer their questions before recording consent.
          </Text>
        </div>
        <ScrollArea.Autosize
          mah="55vh"
          type="auto"
          offsetScrollbars
          viewportProps={{ tabIndex: 0, "aria-label": `${document.title}, version ${version.version}, full text` }}
          bg="gray.0"
          p="md"
          style={{ borderRadius: "var(--mantine-radius-sm)" }}
        >
          <ConsentMarkdown body={version.body} />
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  );
}
