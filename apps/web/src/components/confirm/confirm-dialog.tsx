import { Button, type ButtonProps, Group, Modal, type ModalProps, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { type CommandOptions, useCommand } from "../../lib/forms/use-command.ts";

interface ConfirmDialogProps<Input, Result, TError, TContext> extends CommandOptions<Input, Result, TError, TContext> {
  /** false keeps it mounted but hidden; most dialogs are mounted only while open */
  opened?: boolean;
  onClose: () => void;
  title: ReactNode;
  /** what will happen, in plain words */
  children: ReactNode;
  /** what the command is sent with */
  input: Input;
  confirmLabel: ReactNode;
  confirmColor?: ButtonProps["color"];
  cancelLabel?: ReactNode;
  /** the failure alert's title: what did not happen ("Not changed") */
  failureTitle?: string;
  size?: ModalProps["size"];
  /** the confirm button takes the focus when the dialog opens (for a safe, expected step) */
  focusConfirm?: boolean;
  /** after the command and its refetch, before the dialog closes: usually a notification */
  onSuccess?: (result: Result) => unknown;
  onError?: (error: TError) => unknown;
}

/**
 * "Are you sure?" for one command with no fields: the consequence, a failure alert, Cancel
 * and the confirm button. It sends `input`, refetches `invalidates`, calls `onSuccess`, closes.
 *
 * ```tsx
 * <ConfirmDialog
 *   title={`Archive ${program.name}?`} confirmLabel="Archive" confirmColor="red" failureTitle="Not archived"
 *   mutation={trpc.programs.setArchived.mutationOptions()} input={{ programId, archived: true }}
 *   invalidates={[trpc.programs]} onSuccess={() => notifications.show(…)} onClose={onClose}
 * >
 *   It leaves the pickers; its cohorts stay.
 * </ConfirmDialog>
 * ```
 * For a small removal in place, `DoubleCheckButton` asks without a dialog.
 */
export function ConfirmDialog<Input, Result, TError, TContext>({
  opened = true,
  onClose,
  title,
  children,
  input,
  confirmLabel,
  confirmColor,
  cancelLabel = "Cancel",
  failureTitle,
  size,
  focusConfirm,
  onSuccess,
  onError,
  ...command
}: ConfirmDialogProps<Input, Result, TError, TContext>) {
  const { run, mutation } = useCommand(command);
  const close = () => {
    mutation.reset();
    onClose();
  };
  const confirm = () =>
    run(input, {
      onSuccess: async (result) => {
        await onSuccess?.(result);
        close();
      },
      onError,
    });
  return (
    <Modal opened={opened} onClose={close} title={title} size={size} centered>
      <Stack gap="md">
        {children}
        <FormFailure title={failureTitle} failure={mutation.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {cancelLabel}
          </Button>
          <Button color={confirmColor} onClick={confirm} loading={mutation.isPending} data-autofocus={focusConfirm || undefined}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
