import { recordAttendanceInput } from "@circle/validators";
import { Text } from "@mantine/core";
import { ReasonDialog } from "../../../components/confirm/reason-dialog.tsx";
import { useCommandForm } from "../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { useSheetMarks } from "./use-sheet-marks.ts";

interface CorrectionDialogProps {
  sessionId: string;
  marks: ReturnType<typeof useSheetMarks>;
  /** the session was more than a day ago: a correction must say why */
  reasonRequired: boolean;
  onSaved: (result: { corrected: number }) => void;
  onClose: () => void;
}

/** Saving a sheet that changes saved marks: the reason goes into each corrected record's history. */
export function CorrectionDialog({ sessionId, marks, reasonRequired, onSaved, onClose }: CorrectionDialogProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: { reason: "" },
    schema: recordAttendanceInput,
    // A retry sends the same batch under the same key as the sheet's own save would.
    toInput: ({ reason }) => ({ sessionId, marks: marks.batch, reason, idempotencyKey: marks.idempotencyKey }),
    validate: ({ reason }) => (reasonRequired && reason.trim() === "" ? { reason: "Say why the saved marks change" } : {}),
    mutation: trpc.attendance.record.mutationOptions(),
    invalidates: [trpc.attendance, trpc.sessions, trpc.cohorts],
    onSuccess: onSaved,
  });
  const count = marks.corrections.length;
  return (
    <ReasonDialog
      onClose={onClose}
      title="Correct saved attendance"
      size="md"
      command={command}
      reason={{ required: reasonRequired, description: "" }}
      failureTitle="Not saved"
      submitLabel="Save corrections"
    >
      <Text size="sm">
        {count} saved {count === 1 ? "mark changes" : "marks change"}; the reason is kept in each record's history
        {reasonRequired ? ", and is needed because this session was more than a day ago" : ""}.
      </Text>
    </ReasonDialog>
  );
}
