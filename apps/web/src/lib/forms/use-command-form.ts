import type { z } from "zod";
import { type CommandOptions, useCommand } from "./use-command.ts";
import { type FormSubmissionOptions, useFormSubmission } from "./use-form-submission.ts";

export interface CommandFormOptions<Values, Input, Result, TError, TContext>
  extends CommandOptions<Input, Result, TError, TContext>,
    FormSubmissionOptions<Values, Input, Result, TError> {
  /** the command's input schema from `@circle/validators`: the server's own rules, checked before sending */
  schema: z.ZodType;
}

/**
 * The one way a form sends a command. Client validation uses the shared zod schema on the
 * input that would be sent; the server's field errors land on the same fields; a failure
 * without a field is `failure`, for `<FormFailure>`; after a failed submit the first invalid
 * field takes the focus.
 *
 * ```tsx
 * const command = useCommandForm({
 *   initialValues: { title: "" },
 *   schema: addModuleInput,
 *   toInput: (values) => ({ programId, ...values }),
 *   mutation: trpc.programs.addModule.mutationOptions(),
 *   invalidates: [trpc.programs],
 *   onSuccess: () => onClose(),
 * });
 * <form {...command.formProps}>
 *   <FormFailure title="Not saved" failure={command.failure} />
 *   <TextInput label="Title" {...command.form.getInputProps("title")} />
 *   <Button type="submit" loading={command.pending}>Add module</Button>
 * </form>
 * ```
 * In a modal, `FormDialog` (or `ReasonDialog`) lays this out.
 */
export function useCommandForm<Values extends object, Input, Result, TError, TContext>(
  options: CommandFormOptions<Values, Input, Result, TError, TContext>,
) {
  const { run, mutation } = useCommand(options);
  return useFormSubmission({ ...options, command: { run, pending: mutation.isPending } });
}

export type CommandForm = Pick<ReturnType<typeof useCommandForm>, "formProps" | "failure" | "pending">;
