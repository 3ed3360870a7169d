import type { FormErrors } from "@mantine/form";
import { errorMessage, isApiError } from "./api-error.ts";

interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: FormErrors) => void;
}

/**
 * Puts the server's field errors (`data.fieldErrors`, keyed by input path such as
 * "email" or "credentials.0.title") beside the matching form fields.
 * Returns the message to show above the form when some of the error has no field of its own,
 * or null when every message found its field.
 */
export function applyServerErrors(form: FormWithErrors, error: unknown): string | null {
  const fieldErrors = isApiError(error) ? error.data?.fieldErrors : undefined;
  if (!fieldErrors) return errorMessage(error);
  const values = form.getValues();
  const placed: FormErrors = {};
  const unplaced: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const message = messages.join(" ");
    if (hasPath(values, path)) placed[path] = message;
    else unplaced.push(message);
  }
  form.setErrors(placed);
  if (unplaced.length > 0) return unplaced.join(" ");
  return Object.keys(placed).length > 0 ? null : errorMessage(error);
}

function hasPath(values: object, path: string): boolean {
  let current: unknown = values;
  for (const segment of path.split(".")) {
    if (current === null || typeof current !== "object" || !(segment in current)) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * After a failed submit, takes the person to the problem: the first field marked invalid,
 * or else the form's alert, once the error state has rendered.
 */
export function revealErrors(form: HTMLFormElement | null | undefined): void {
  if (!form) return;
  // Errors set after a server reply may render a frame or two later: look for a few frames.
  let frames = 0;
  const look = () => {
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
      return;
    }
    frames += 1;
    if (frames < 10) {
      requestAnimationFrame(look);
      return;
    }
    form.querySelector('[role="alert"]')?.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  requestAnimationFrame(look);
}
