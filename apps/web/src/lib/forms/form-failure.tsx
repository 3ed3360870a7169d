import { Alert } from "@mantine/core";
import { errorMessage } from "../api-error.ts";

interface FormFailureProps {
  /** what did not happen, e.g. "Not saved", "The account was not created" */
  title?: string;
  /** a message, or the error a command failed with; nothing is shown while it is empty */
  failure: unknown;
}

/** The one red alert a form or dialog shows when its command failed (or a message has no field). */
export function FormFailure({ title, failure }: FormFailureProps) {
  if (failure === null || failure === undefined || failure === "") return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {typeof failure === "string" ? failure : errorMessage(failure)}
    </Alert>
  );
}
