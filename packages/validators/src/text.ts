import { z } from "zod";

// C0 control characters other than tab, line feed and carriage return, and DEL. PostgreSQL
// refuses a NUL in text (22021), and none of them belongs in a name, a note or a search.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The one string schema for free text: every text input refuses control characters. */
export function text() {
  return z.string().refine((value) => !CONTROL_CHARACTER.test(value), {
    message: "Remove the control character (an invisible character such as NUL) from this text",
  });
}
