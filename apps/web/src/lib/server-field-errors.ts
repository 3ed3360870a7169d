import { errorMessage, isApiError } from "./api-error.ts";

/**
 * For forms whose fields are not named like the server's input paths: puts each of the server's
 * field errors on the form field `fieldFor` names, and joins the rest into one message
 * (null when every message found its field).
 */
export function mapServerErrors(
  error: unknown,
  fieldFor: (path: string) => string | null,
): { fields: Record<string, string>; message: string | null } {
  const fieldErrors = isApiError(error) ? error.data?.fieldErrors : undefined;
  if (!fieldErrors) return { fields: {}, message: errorMessage(error) };
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const field = fieldFor(path);
    if (field) fields[field] = messages.join(" ");
    else unplaced.push(messages.join(" "));
  }
  return { fields, message: unplaced.length > 0 ? unplaced.join(" ") : null };
}
