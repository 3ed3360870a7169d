import { Paper, ScrollArea, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { ConsentMarkdown } from "./consent-markdown.tsx";

interface ConsentBodyEditorProps {
  value: string;
  onChange: (value: string) => void;
  error?: React.ReactNode;
}

const HELP = "Markdown: # heading, **bold**, - list item, blank line between paragraphs.";

/** The document's text on the left and how members will read it on the right, side by side. */
export function ConsentBodyEditor({ value, onChange, error }: ConsentBodyEditorProps) {
  const [preview] = useDebouncedValue(value, 200);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Textarea
        label="Text"
        description={HELP}
        required
        autosize
        minRows={16}
        maxRows={32}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="consent-preview-label">
          Preview
        </Text>
        <Text size="xs" c="dimmed">
          What members read before they consent
        </Text>
        <Paper withBorder p="md" bg="white">
          <ScrollArea.Autosize mah={640} type="auto" offsetScrollbars aria-labelledby="consent-preview-label">
            {preview.trim() ? (
              <ConsentMarkdown body={preview} />
            ) : (
              <Text size="sm" c="dimmed">
                The rendered document appears here as you write.
              </Text>
            )}
          </ScrollArea.Autosize>
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}
