import type { FormErrors } from "@mantine/form";

/** Where an error for an input path goes on the form: a field's path, or null for none. */
export type FieldFor = (path: string) => string | null;

/**
 * Puts messages keyed by input path ("email", "credentials.0.title") on the form's fields.
 * A path goes where `fieldFor` says, or by default to the field of the same path when the form
 * has one; the messages that find no field are returned for the form's failure alert.
 */
export function placeErrors(
  errors: Record<string, string | string[]>,
  values: object,
  fieldFor: FieldFor = (path) => (hasPath(values, path) ? path : null),
): { fields: FormErrors; unplaced: string[] } {
  const fields: FormErrors = {};
  const unplaced: string[] = [];
  for (const [path, messages] of Object.entries(errors)) {
    const message = Array.isArray(messages) ? messages.join(" ") : messages;
    const field = fieldFor(path);
    if (field) fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
    else unplaced.push(message);
  }
  return { fields, unplaced };
}

function hasPath(values: object, path: string): boolean {
  let current: unknown = values;
  for (const segment of path.split(".")) {
    if (current === null || typeof current !== "object" || !(segment in current)) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}
