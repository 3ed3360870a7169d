import { type FormErrors, type UseFormReturnType, useForm } from "@mantine/form";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { errorMessage, isApiError } from "../api-error.ts";
import { newIdempotencyKey } from "./idempotency-key.ts";
import { type FieldFor, placeErrors } from "./place-errors.ts";
import { type CommandOptions, useCommand } from "./use-command.ts";

/** What one submission attempt carries besides the values. */
export interface Submission {
  /**
   * The same for every retry of one submission and new after a success: send it with a command
   * that creates a record, so a double click or a retried request creates it once.
   */
  idempotencyKey: string;
}

export interface CommandFormOptions<Values, Input, Result, TError, TContext>
  extends CommandOptions<Input, Result, TError, TContext> {
  initialValues: Values;
  /** the command's input schema from `@circle/validators`: the server's own rules, checked before sending */
  schema: z.ZodType;
  /** what the command takes, from what the form holds */
  toInput: (values: Values, submission: Submission) => Input;
  /** checks the schema cannot word well (a choice not yet made); they win over the schema's message */
  validate?: (values: Values) => FormErrors;
  /**
   * Where the message for an input path goes, when the form names its fields differently
   * ("question.prompt" → "prompt"); null for the failure alert. By default a path goes to the
   * field of the same name if the form has it.
   */
  fieldFor?: FieldFor;
  /** after the command succeeded and its routers were refetched: notify, close, navigate */
  onSuccess: (result: Result, values: Values) => unknown;
  onError?: (error: TError) => unknown;
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
  const form = useForm<Values>({ mode: "controlled", initialValues: options.initialValues });
  const { run, mutation } = useCommand(options);
  const [failure, setFailure] = useState<string | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const formRef = useRef<HTMLFormElement>(null);

  // Each failed submit counts up; the effect runs once its errors are on the page.
  const [failedSubmits, setFailedSubmits] = useState(0);
  useEffect(() => {
    if (failedSubmits === 0) return;
    const element = formRef.current;
    const invalid = element?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else element?.querySelector('[role="alert"]')?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [failedSubmits]);

  const show = (fields: FormErrors, message: string | null) => {
    form.setErrors(fields);
    setFailure(message);
    if (Object.keys(fields).length > 0 || message) setFailedSubmits((count) => count + 1);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const values = form.getValues();
    const input = options.toInput(values, { idempotencyKey });
    const checked = options.schema.safeParse(input);
    const schemaErrors: Record<string, string> = {};
    for (const issue of checked.success ? [] : checked.error.issues) {
      schemaErrors[issue.path.join(".")] ??= issue.message;
    }
    const { fields, unplaced } = placeErrors(schemaErrors, values, options.fieldFor);
    const invalid = { ...fields, ...options.validate?.(values) };
    if (Object.keys(invalid).length > 0 || unplaced.length > 0) {
      show(invalid, unplaced.length > 0 ? unplaced.join(" ") : null);
      return;
    }
    show({}, null);
    run(input, {
      onSuccess: async (result) => {
        setIdempotencyKey(newIdempotencyKey());
        await options.onSuccess(result, values);
      },
      onError: (error) => {
        const fieldErrors = isApiError(error) ? error.data?.fieldErrors : undefined;
        const placed = placeErrors(fieldErrors ?? {}, values, options.fieldFor);
        const placedAny = Object.keys(placed.fields).length > 0;
        show(placed.fields, placed.unplaced.length > 0 ? placed.unplaced.join(" ") : placedAny ? null : errorMessage(error));
        options.onError?.(error);
      },
    });
  };

  return {
    form: form as UseFormReturnType<Values>,
    /** spread on the `<form>` element */
    formProps: { ref: formRef, onSubmit, noValidate: true },
    /** the message for `<FormFailure>`, or null */
    failure,
    pending: mutation.isPending,
    /** the key the next submission sends (see `Submission`) */
    idempotencyKey,
  };
}

export type CommandForm = Pick<ReturnType<typeof useCommandForm>, "formProps" | "failure" | "pending">;
