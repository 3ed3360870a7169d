import { z } from "zod";
import { AttendanceStatus, FollowUpOutcome } from "./enums.ts";
import { id, idempotencyKey } from "./people.ts";
import { text } from "./text.ts";

const dateOnly = z.iso.date({ message: "Enter a date as YYYY-MM-DD" });
const optionalNote = text()
  .trim()
  .max(280, { message: "Keep the note under 280 characters" })
  .transform((v) => v || null)
  .nullable()
  .default(null);

export const attendanceMark = z.object({ memberId: id, status: AttendanceStatus, note: optionalNote });
export type AttendanceMark = z.infer<typeof attendanceMark>;

/** One sheet, saved as one batch. A reason is needed for changes once the session is a day old. */
export const recordAttendanceInput = z
  .object({
    sessionId: id,
    marks: z.array(attendanceMark).min(1, { message: "Mark at least one member" }).max(200),
    reason: text().trim().max(1000).default(""),
    /** the same key for a retried save, so a replay is answered with the first result */
    idempotencyKey,
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.marks.forEach((mark, index) => {
      if (seen.has(mark.memberId))
        ctx.addIssue({ code: "custom", path: ["marks", index, "memberId"], message: "This member is marked twice" });
      seen.add(mark.memberId);
    });
  });
export type RecordAttendanceInput = z.infer<typeof recordAttendanceInput>;

export const recordFollowUpInput = z.object({
  enrollmentId: id,
  outcome: FollowUpOutcome,
  contactedOn: dateOnly,
  note: text().trim().min(1, { message: "Say what happened" }).max(2000),
});
export type RecordFollowUpInput = z.infer<typeof recordFollowUpInput>;

export const saveSessionNoteInput = z
  .object({
    sessionId: id,
    covered: text().trim().min(1, { message: "Say what the session covered" }).max(8000),
    moduleDelivered: z.boolean(),
    /** the module delivered instead, when the session's own was not */
    deliveredModuleId: id.nullable().default(null),
    carryForward: text().trim().max(4000).default(""),
  })
  .refine((note) => !(note.moduleDelivered && note.deliveredModuleId), {
    path: ["deliveredModuleId"],
    message: "Choose another module only when the session's own was not delivered",
  });
export type SaveSessionNoteInput = z.infer<typeof saveSessionNoteInput>;

export const addSessionNoteAddendumInput = z.object({
  sessionId: id,
  body: text().trim().min(1, { message: "Write the addendum" }).max(4000),
});

export const memberAttendanceInput = z.object({ memberId: id });
export const attendanceLetterInput = z.object({ cohortId: id, memberId: id });
