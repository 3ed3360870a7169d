import { Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ConfirmDialog } from "../../components/confirm/confirm-dialog.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import type { ScreeningQuestion } from "./types.ts";

interface ArchiveQuestionModalProps {
  question: ScreeningQuestion;
  onClose: () => void;
}

/** Archived questions leave new applications; earlier answers to them stay readable. */
export function ArchiveQuestionModal({ question, onClose }: ArchiveQuestionModalProps) {
  const trpc = useTRPC();
  return (
    <ConfirmDialog
      onClose={onClose}
      title="Archive this question?"
      mutation={trpc.intake.archiveQuestion.mutationOptions()}
      input={{ questionId: question.id }}
      invalidates={[trpc.intake]}
      onSuccess={() => notifications.show({ color: "green", message: "Question archived" })}
      failureTitle="Not archived"
      confirmLabel="Archive question"
      confirmColor="red"
    >
      <Text size="sm">
        “{question.prompt}” will no longer be asked. Applications that already answered it keep their answers.
      </Text>
    </ConfirmDialog>
  );
}
