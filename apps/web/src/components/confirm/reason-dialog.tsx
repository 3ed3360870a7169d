import type { UseFormReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import { FormDialog, type FormDialogProps } from "../../lib/forms/form-dialog.tsx";
import type { CommandForm } from "../../lib/forms/use-command-form.ts";
import { ReasonField, type ReasonFieldProps } from "./reason-field.tsx";

interface ReasonDialogProps<Values extends { reason: string }> extends Omit<FormDialogProps, "command" | "children"> {
  /** what will happen, and any fields of its own; a reason alone needs none */
  children?: ReactNode;
  /** what `useCommandForm` returned; its values hold the `reason` */
  command: CommandForm & { form: UseFormReturnType<Values> };
  /** the reason field's wording, where "Reason" and the history note do not fit */
  reason?: Pick<ReasonFieldProps, "label" | "description" | "required" | "autoFocus">;
}

/**
 * A change that needs a reason (end an enrollment, withdraw consent, change a cohort's status,
 * postpone): what will happen and any fields of its own as children, then the reason, kept
 * in the history.
 *
 * ```tsx
 * const command = useCommandForm({ initialValues: { reason: "" }, schema: changeCohortStatusInput, … });
 * <ReasonDialog title="Cancel: Spring" command={command} failureTitle="Not changed" submitLabel="Cancel cohort" onClose={onClose}>
 *   <Text size="sm">What it does.</Text>
 * </ReasonDialog>
 * ```
 */
export function ReasonDialog<Values extends { reason: string }>({
  command,
  reason,
  children,
  ...dialog
}: ReasonDialogProps<Values>) {
  // Narrowed to the one field this dialog draws.
  const form = command.form as unknown as UseFormReturnType<{ reason: string }>;
  return (
    <FormDialog command={command} {...dialog}>
      {children}
      <ReasonField
        {...reason}
        value={form.values.reason}
        onChange={(next) => form.setFieldValue("reason", next)}
        error={form.errors.reason}
      />
    </FormDialog>
  );
}
