import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { ScreeningQuestion } from "../intake/types.ts";

interface ArchiveQuestionModalProps {
  programId: string;
  question: ScreeningQuestion;
  onClose: () => void;
}

/** Archived questions leave new applications; earlier answers to them stay readable. */
export function ArchiveQuestionModal({ programId, question, onClose }: ArchiveQuestionModalProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const archive = useMutation(trpc.intake.archiveQuestion.mutationOptions());
  const confirm = () =>
    archive.mutate(
      { questionId: question.id },
      {
        onSuccess: async () => {
          await queryClient.invalidateQueries({ queryKey: trpc.intake.questions.queryKey({ programId }) });
          notifications.show({ color: "green", message: "Question archived" });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title="Archive this question?" centered>
      <Stack gap="md">
        <Text size="sm">
          “{question.prompt}” will no longer be asked. Applications that already answered it keep their answers.
        </Text>
        {archive.error && (
          <Alert color="red" variant="light" role="alert" title="Not archived">
            {errorMessage(archive.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={archive.isPending}>
            Archive question
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
