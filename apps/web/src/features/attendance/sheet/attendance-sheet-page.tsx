import { Alert, Badge, Button, Group, Skeleton, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowLeft, IconChecks } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { AccessDenied } from "../../../components/access-denied.tsx";
import { AnchorLink } from "../../../components/anchor-link.tsx";
import { ErrorState } from "../../../components/error-state.tsx";
import { NotFound } from "../../../components/not-found-page.tsx";
import { PageHeader } from "../../../components/page-header.tsx";
import { apiErrorCode, isForbidden } from "../../../lib/api-error.ts";
import { formatSessionStart } from "../../../lib/format.ts";
import { FormFailure } from "../../../lib/forms/form-failure.tsx";
import { useCommand } from "../../../lib/forms/use-command.ts";
import { useMe } from "../../../lib/session/use-me.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { SessionStatusBadge } from "../../cohorts/detail/sessions/session-status-badge.tsx";
import { SessionNoteSection } from "../notes/session-note-section.tsx";
import type { AttendanceSheet as SheetData } from "../types.ts";
import { CorrectionDialog } from "./correction-dialog.tsx";
import { SheetRow } from "./sheet-row.tsx";
import { useSheetMarks } from "./use-sheet-marks.ts";

const route = getRouteApi("/app/sessions/$sessionId/attendance");

/** One session's attendance sheet: one key or tap per member, saved as one batch. */
export function AttendanceSheetPage() {
  const trpc = useTRPC();
  const { sessionId } = route.useParams();
  const sheet = useQuery(trpc.attendance.sheet.queryOptions({ sessionId }));
  if (isForbidden(sheet.error)) return <AccessDenied />;
  const code = apiErrorCode(sheet.error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
  if (sheet.error) {
    return (
      <>
        <PageHeader title="Attendance" />
        <ErrorState error={sheet.error} onRetry={() => void sheet.refetch()} />
      </>
    );
  }
  if (!sheet.data) {
    return (
      <Stack aria-busy="true" aria-label="Loading the attendance sheet">
        <Skeleton height={40} width="50%" />
        {[1, 2, 3, 4].map((n) => (
          <Skeleton key={n} height={84} />
        ))}
      </Stack>
    );
  }
  return <Sheet sheet={sheet.data} />;
}

function Sheet({ sheet }: { sheet: SheetData }) {
  const trpc = useTRPC();
  const me = useMe();
  const { session, cohort, rows } = sheet;
  const marks = useSheetMarks(rows);
  const mayRecord = me.role !== "STAFF";
  const readOnly = !mayRecord || sheet.closedBecause !== null;
  const [active, setActive] = useState(0);
  const rowRefs = useRef<(HTMLDivElement | null)[]>([]);
  const [askReason, setAskReason] = useState(false);
  const save = useCommand({
    mutation: trpc.attendance.record.mutationOptions(),
    invalidates: [trpc.attendance, trpc.sessions, trpc.cohorts],
  });

  const move = (by: number) => {
    const next = Math.min(Math.max(active + by, 0), rows.length - 1);
    setActive(next);
    rowRefs.current[next]?.focus();
  };
  const saved = (result: { corrected: number }) => {
    marks.settle();
    setAskReason(false);
    notifications.show({
      color: "green",
      message: `Attendance saved${result.corrected ? `, ${result.corrected} corrected` : ""}`,
    });
  };
  const send = () =>
    save.run(
      { sessionId: session.id, marks: marks.batch, reason: "", idempotencyKey: marks.idempotencyKey },
      { onSuccess: saved },
    );
  // Changing a saved mark is a correction: say why (required once the session is a day old).
  const onSave = () => (marks.corrections.length > 0 ? setAskReason(true) : send());
  const pending = save.mutation.isPending;
  const failure = save.mutation.error;

  return (
    <>
      <PageHeader
        title={`Attendance: session ${session.number}`}
        back={
          <AnchorLink to="/cohorts/$cohortId/sessions" params={{ cohortId: cohort.id }} size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden /> {cohort.name}: sessions
            </Group>
          </AnchorLink>
        }
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <SessionStatusBadge status={session.status} />
            <Text span size="sm">
              {formatSessionStart(session.startsAt, cohort.timeZone)}
            </Text>
            {session.module && (
              <Text span size="sm" c="dimmed">
                · {session.module.title}
              </Text>
            )}
            {session.isMakeUp && (
              <Badge size="sm" variant="light" color="grape">
                Make-up
              </Badge>
            )}
          </Group>
        }
      />
      <Stack gap="md" maw={960}>
        {sheet.closedBecause && (
          <Alert color="gray" title="Attendance cannot be taken">
            {sheet.closedBecause}.
          </Alert>
        )}
        {!readOnly && (
          <Text size="sm" c="dimmed" id="sheet-keys">
            Select a member, then press P present, L late, E left early, X excused or A absent; ↑ ↓ or j k move between members.
          </Text>
        )}
        <Group justify="space-between" wrap="wrap" gap="sm">
          <SaveState
            saved={marks.changed.length === 0}
            changed={marks.changed.length}
            unmarked={marks.unmarked.length}
            takenBy={sheet.takenBy}
            failed={failure !== null}
          />
          {!readOnly && (
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconChecks size={16} aria-hidden />}
                onClick={() => marks.markEveryone("PRESENT")}
              >
                Mark everyone present
              </Button>
              <Button onClick={onSave} loading={pending} disabled={marks.changed.length === 0 || marks.batch.length === 0}>
                Save attendance
              </Button>
            </Group>
          )}
        </Group>
        {failure !== null && !askReason && (
          <Stack gap="xs">
            <FormFailure title="Attendance not saved: your marks are still here" failure={failure} />
            <Group>
              <Button variant="light" color="red" onClick={send} loading={pending}>
                Retry
              </Button>
            </Group>
          </Stack>
        )}
        {rows.length === 0 ? (
          <Text c="dimmed">No one was enrolled on this session's date.</Text>
        ) : (
          <Stack gap="xs" aria-describedby={readOnly ? undefined : "sheet-keys"} aria-label="Members">
            {rows.map((row, index) => (
              <SheetRow
                key={row.member.id}
                member={row.member}
                mark={marks.markOf(row.member.id)}
                unsaved={marks.differs(row.member.id)}
                corrections={row.record?.corrections ?? []}
                active={index === active}
                readOnly={readOnly}
                rowRef={(element) => {
                  rowRefs.current[index] = element;
                }}
                onFocus={() => setActive(index)}
                onMove={move}
                onChange={(change) => marks.set(row.member.id, change)}
              />
            ))}
          </Stack>
        )}
        {/* Group notes are for the cohort's facilitators and admins, never staff; a cancelled session has none. */}
        {mayRecord && session.status !== "CANCELLED" && (
          <SessionNoteSection sessionId={session.id} plannedModule={session.module} />
        )}
      </Stack>
      {askReason && (
        <CorrectionDialog
          sessionId={session.id}
          marks={marks}
          reasonRequired={sheet.reasonRequired}
          onSaved={saved}
          onClose={() => setAskReason(false)}
        />
      )}
    </>
  );
}

/** Says plainly what is saved and what is not, and who took attendance. */
function SaveState(props: { saved: boolean; changed: number; unmarked: number; takenBy: string[]; failed: boolean }) {
  const text = props.failed
    ? `Not saved: ${props.changed} ${props.changed === 1 ? "change" : "changes"} waiting`
    : props.saved
      ? props.takenBy.length > 0
        ? `All saved · taken by ${props.takenBy.join(", ")}`
        : "Not taken yet"
      : `${props.changed} unsaved ${props.changed === 1 ? "change" : "changes"}`;
  return (
    <Stack gap={0} role="status" aria-live="polite">
      <Text fw={600} c={props.failed ? "red.8" : undefined}>
        {text}
      </Text>
      {props.unmarked > 0 && (
        <Text size="xs" c="dimmed">
          {props.unmarked} not marked
        </Text>
      )}
    </Stack>
  );
}
