import { Badge, Group, List, Stack, Text, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { DetailList } from "../../../components/detail-list.tsx";
import { formatDateTime } from "../../../lib/format.ts";
import type { SavedSessionNote } from "../types.ts";
import { AddendumForm } from "./addendum-form.tsx";

/** What a note says about its module: delivered as planned, another one instead, or none. */
export function moduleOutcome(note: SavedSessionNote, plannedModule: { title: string } | null): string {
  if (note.moduleDelivered) return plannedModule ? `Delivered as planned: ${plannedModule.title}` : "Delivered";
  if (note.deliveredModule) return `Instead: ${note.deliveredModule.position}. ${note.deliveredModule.title}`;
  return plannedModule ? "Not delivered" : "No module";
}

/** A signed note, read-only, with its addenda oldest first and a form for the next one. */
export function SignedNote({
  sessionId,
  note,
  plannedModule,
}: {
  sessionId: string;
  note: SavedSessionNote;
  plannedModule: { title: string } | null;
}) {
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color="gray" variant="light" leftSection={<IconLock size={12} aria-hidden />}>
          Signed and locked
        </Badge>
        <Text size="sm">
          Signed by {note.signedBy?.name ?? "someone no longer here"} on {formatDateTime(note.signedAt)}
        </Text>
      </Group>
      <NoteDetails note={note} plannedModule={plannedModule} />
      <Stack gap="xs">
        <Title order={3} fz="h5">
          Addenda
        </Title>
        {note.addenda.length === 0 ? (
          <Text size="sm" c="dimmed">
            No addenda.
          </Text>
        ) : (
          <List spacing="xs" aria-label="Addenda" listStyleType="none" pl={0}>
            {note.addenda.map((addendum) => (
              <List.Item key={addendum.id}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(addendum.createdAt)}, {addendum.writtenBy?.name ?? "someone no longer here"}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {addendum.body}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <AddendumForm sessionId={sessionId} />
    </Stack>
  );
}

/** The note's three parts as a description list. */
export function NoteDetails({ note, plannedModule }: { note: SavedSessionNote; plannedModule: { title: string } | null }) {
  return (
    <DetailList
      items={[
        { label: "Covered", value: <span style={{ whiteSpace: "pre-wrap" }}>{note.covered}</span> },
        { label: "Module", value: moduleOutcome(note, plannedModule) },
        { label: "Carry into next week", value: note.carryForward },
        { label: "Written by", value: `${note.writtenBy?.name ?? "someone no longer here"}, ${formatDateTime(note.updatedAt)}` },
      ]}
    />
  );
}
