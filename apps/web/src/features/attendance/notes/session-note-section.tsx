import { Alert, Button, Group, Skeleton, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconSignature } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmDialog } from "../../../components/confirm/confirm-dialog.tsx";
import { ErrorState } from "../../../components/error-state.tsx";
import { SectionCard } from "../../../components/section-card.tsx";
import { formatDateTime } from "../../../lib/format.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { SessionNoteView } from "../types.ts";
import { SessionNoteForm } from "./session-note-form.tsx";
import { SignedNote } from "./signed-note.tsx";

interface SessionNoteSectionProps {
  sessionId: string;
  plannedModule: { id: string; title: string } | null;
}

/**
 * The session's group note beside its sheet, for the cohort's facilitators and admins (the
 * server refuses staff and audits every read). A therapy program's lead signs it, which locks
 * it; later changes are addenda.
 */
export function SessionNoteSection({ sessionId, plannedModule }: SessionNoteSectionProps) {
  const trpc = useTRPC();
  const note = useQuery(trpc.attendance.note.queryOptions({ sessionId }));
  return (
    <SectionCard title="Session note">
      {note.error ? (
        <ErrorState error={note.error} onRetry={() => void note.refetch()} />
      ) : !note.data ? (
        <Stack aria-busy="true" aria-label="Loading the session note">
          <Skeleton height={80} />
          <Skeleton height={40} />
        </Stack>
      ) : (
        <NoteBody sessionId={sessionId} plannedModule={plannedModule} view={note.data} />
      )}
    </SectionCard>
  );
}

function NoteBody({ sessionId, plannedModule, view }: SessionNoteSectionProps & { view: SessionNoteView }) {
  const { note } = view;
  if (note?.signedAt) return <SignedNote sessionId={sessionId} note={note} plannedModule={plannedModule} />;
  return (
    <Stack gap="md">
      {note ? (
        <Text size="sm" c="dimmed">
          Last saved by {note.writtenBy?.name ?? "someone no longer here"} on {formatDateTime(note.updatedAt)}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          No note yet for this session.
        </Text>
      )}
      <SessionNoteForm
        key={note?.updatedAt.toISOString() ?? "new"}
        sessionId={sessionId}
        plannedModule={plannedModule}
        view={view}
      />
      {view.signatureRequired && note && <SignAction sessionId={sessionId} maySign={view.maySign} />}
    </Stack>
  );
}

/** Signing locks the note: the lead confirms once, knowing later changes become addenda. */
function SignAction({ sessionId, maySign }: { sessionId: string; maySign: boolean }) {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  if (!maySign) {
    return (
      <Alert color="gray" variant="light" title="Awaiting the lead's signature">
        In this therapy program the cohort's lead facilitator signs the note; it is locked from then on.
      </Alert>
    );
  }
  return (
    <Group>
      <Button variant="default" leftSection={<IconSignature size={16} aria-hidden />} onClick={() => setConfirming(true)}>
        Sign and lock
      </Button>
      {confirming && (
        <ConfirmDialog
          title="Sign this session note?"
          confirmLabel="Sign and lock"
          failureTitle="Not signed"
          mutation={trpc.attendance.signNote.mutationOptions()}
          input={{ sessionId }}
          invalidates={[trpc.attendance]}
          onSuccess={() => notifications.show({ color: "green", message: "Session note signed and locked" })}
          onClose={() => setConfirming(false)}
        >
          The note as last saved is signed with your name and locked. Later changes are added as addenda, each with who wrote it
          and when. Save any unsaved edits first.
        </ConfirmDialog>
      )}
    </Group>
  );
}
