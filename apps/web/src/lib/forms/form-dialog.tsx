import { Button, type ButtonProps, Group, Modal, type ModalProps, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { FormFailure } from "./form-failure.tsx";
import type { CommandForm } from "./use-command-form.ts";

export interface FormDialogProps {
  /** false keeps it mounted but hidden; most dialogs are mounted only while open */
  opened?: boolean;
  onClose: () => void;
  title: ReactNode;
  /** what `useCommandForm` returned */
  command: CommandForm;
  /** the failure alert's title: what did not happen ("Not saved") */
  failureTitle: string;
  submitLabel: ReactNode;
  submitColor?: ButtonProps["color"];
  cancelLabel?: ReactNode;
  size?: ModalProps["size"];
  /** the fields, and any text above them */
  children: ReactNode;
}

/** A form in a modal: the failure alert, the fields, then Cancel and the submit button. */
export function FormDialog({
  opened = true,
  onClose,
  title,
  command,
  failureTitle,
  submitLabel,
  submitColor,
  cancelLabel = "Cancel",
  size = "lg",
  children,
}: FormDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered>
      <form {...command.formProps}>
        <Stack gap="md">
          <FormFailure title={failureTitle} failure={command.failure} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {cancelLabel}
            </Button>
            <Button type="submit" color={submitColor} loading={command.pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
