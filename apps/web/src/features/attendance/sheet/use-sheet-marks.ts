import type { AttendanceStatus } from "@circle/validators";
import { useMemo, useState } from "react";
import { newIdempotencyKey } from "../../../lib/forms/idempotency-key.ts";

export interface Mark {
  status: AttendanceStatus | null;
  note: string;
}

interface SavedRow {
  member: { id: string };
  record: { status: AttendanceStatus; note: string | null } | null | undefined;
}

const savedMarkOf = (row: SavedRow): Mark => ({ status: row.record?.status ?? null, note: row.record?.note ?? "" });

/**
 * The marks on screen, over what the server holds. They survive a failed save; a retry sends the
 * same batch under the same idempotency key, and any change to the marks makes a new batch.
 */
export function useSheetMarks(rows: SavedRow[]) {
  const [edits, setEdits] = useState<ReadonlyMap<string, Mark>>(new Map());
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const saved = useMemo(() => new Map(rows.map((row) => [row.member.id, savedMarkOf(row)])), [rows]);
  const markOf = (memberId: string): Mark => edits.get(memberId) ?? saved.get(memberId) ?? { status: null, note: "" };
  const differs = (memberId: string) => {
    const edit = edits.get(memberId);
    const before = saved.get(memberId);
    return edit !== undefined && (edit.status !== before?.status || edit.note.trim() !== (before?.note ?? ""));
  };
  const changed = rows.filter((row) => differs(row.member.id));
  /** members whose saved mark would change: corrections, which may need a reason */
  const corrections = changed.filter((row) => row.record);

  const update = (next: ReadonlyMap<string, Mark>) => {
    setEdits(next);
    setIdempotencyKey(newIdempotencyKey());
  };
  const set = (memberId: string, change: Partial<Mark>) =>
    update(new Map(edits).set(memberId, { ...markOf(memberId), ...change }));
  const markEveryone = (status: AttendanceStatus) =>
    update(new Map(rows.map((row) => [row.member.id, { ...markOf(row.member.id), status }])));

  return {
    markOf,
    differs,
    set,
    markEveryone,
    changed,
    corrections,
    unmarked: rows.filter((row) => markOf(row.member.id).status === null),
    /** the batch to send: every marked member, unchanged ones too, so the sheet is saved as a whole */
    batch: rows.flatMap((row) => {
      const mark = markOf(row.member.id);
      return mark.status ? [{ memberId: row.member.id, status: mark.status, note: mark.note.trim() || null }] : [];
    }),
    idempotencyKey,
    /** after a save the server's marks are the truth again */
    settle: () => {
      setEdits(new Map());
      setIdempotencyKey(newIdempotencyKey());
    },
  };
}
