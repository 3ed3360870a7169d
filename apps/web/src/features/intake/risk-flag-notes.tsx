import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconMessagePlus } from "@tabler/icons-react";
import { useState } from "react";
import { formatDateTime } from "../../lib/format.ts";
import { RiskNoteDialog } from "./risk-note-dialog.tsx";
import type { Application } from "./types.ts";

interface RiskFlagNotesProps {
  application: Application;
  /** a peer facilitator taking part: may note and escalate, not acknowledge */
  canNote: boolean;
}

/** Notes on a risk flag by those who may not acknowledge it, escalated ones marked, oldest first. */
export function RiskFlagNotes({ application, canNote }: RiskFlagNotesProps) {
  const [adding, setAdding] = useState(false);
  const notes = application.riskFlagNotes;
  if (notes.length === 0 && !canNote) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Text fw={600} size="sm" component="h2">
            Notes on the risk flag
          </Text>
          {canNote && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconMessagePlus size={16} aria-hidden />}
              onClick={() => setAdding(true)}
            >
              Add a note or escalate
            </Button>
          )}
        </Group>
        {notes.length === 0 ? (
          <Text size="sm" c="dimmed">
            No notes yet. You cannot acknowledge this flag; add what you know and escalate it to an administrator.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {notes.map((note) => (
              <li key={note.id}>
                <Group gap={6} wrap="wrap">
                  <Text size="xs" c="dimmed">
                    {note.author?.name ?? "A former user"}, {formatDateTime(note.createdAt)}
                  </Text>
                  {note.escalated && (
                    <Badge size="xs" color="red" variant="light">
                      Escalated
                    </Badge>
                  )}
                </Group>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {note.note}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
      {adding && <RiskNoteDialog application={application} onClose={() => setAdding(false)} />}
    </Paper>
  );
}
