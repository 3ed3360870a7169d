import { type FormErrors, type UseFormReturnType, useForm } from "@mantine/form";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { errorMessage, isApiError } from "../api-error.ts";
import { newIdempotencyKey } from "./idempotency-key.ts";
import { type FieldFor, placeErrors } from "./place-errors.ts";

/** What one submission attempt carries besides the values. */
export interface Submission {
  /**
   * The same for every retry of one submission and new after a success: send it with a command
   * that creates a record, so a double click or a retried request creates it once.
   */
  idempotencyKey: string;
}

/** A command as a form sends it: `useCommand`'s mutation, or the sign-in page's one call. */
export interface FormCommand<Input, Result, TError> {
  run: (input: Input, then: { onSuccess: (result: Result) => unknown; onError: (error: TError) => unknown }) => void;
  pending: boolean;
}

export interface FormSubmissionOptions<Values, Input, Result, TError> {
  initialValues: Values;
  /**
   * the command's input schema from `@circle/validators`: the server's own rules, checked before
   * sending. Left out only where zod must stay out of the download (the sign-in page): the server
   * checks the same schema before anything else, and its field errors land on the same fields.
   */
  schema?: z.ZodType;
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
 * The form side of `useCommandForm` (which every form uses): values, the schema's check, the
 * server's field errors on the fields, `failure` for `<FormFailure>`, the focus after a failed
 * submit. The command itself is `command`: the sign-in page sends its one call without the
 * query cache (features/auth/sign-in-calls.ts).
 */
export function useFormSubmission<Values extends object, Input, Result, TError>(
  options: FormSubmissionOptions<Values, Input, Result, TError> & { command: FormCommand<Input, Result, TError> },
) {
  const form = useForm<Values>({ mode: "controlled", initialValues: options.initialValues });
  const { run, pending } = options.command;
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
    if (pending) return;
    const values = form.getValues();
    const input = options.toInput(values, { idempotencyKey });
    const checked = options.schema?.safeParse(input);
    const schemaErrors: Record<string, string> = {};
    for (const issue of checked && !checked.success ? checked.error.issues : []) {
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
    pending,
    /** the key the next submission sends (see `Submission`) */
    idempotencyKey,
  };
}
