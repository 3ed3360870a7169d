import "@mantine/dates/styles.css";
import { rescheduleSessionInput } from "@circle/validators";
import { Checkbox, Grid, Text } from "@mantine/core";
import { DateInput, TimeInput } from "@mantine/dates";
import { notifications } from "@mantine/notifications";
import { ReasonDialog } from "../../../../components/confirm/reason-dialog.tsx";
import { localClockTime, localIsoDay } from "../../../../lib/calendar-days.ts";
import { formatSessionStart, zoneAbbreviation } from "../../../../lib/format.ts";
import { useCommandForm } from "../../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import type { Cohort, CohortSession } from "../../types.ts";

interface RescheduleSessionModalProps {
  cohort: Cohort;
  session: CohortSession;
  /** scheduled sessions after this one, which "move later sessions too" would shift */
  laterCount: number;
  onClose: () => void;
}

/** A new local date and time for one session, in the cohort's zone; optionally the later ones follow. */
export function RescheduleSessionModal({ cohort, session, laterCount, onClose }: RescheduleSessionModalProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: {
      date: localIsoDay(session.startsAt, cohort.timeZone) as string | null,
      time: localClockTime(session.startsAt, cohort.timeZone),
      moveLaterSessions: false,
      reason: "",
    },
    schema: rescheduleSessionInput,
    toInput: (values) => ({ sessionId: session.id, ...values, date: values.date ?? "" }),
    mutation: trpc.sessions.reschedule.mutationOptions(),
    invalidates: [trpc.cohorts, trpc.sessions],
    onSuccess: (result) => {
      notifications.show({
        color: "green",
        message:
          result.moved > 1
            ? `Session ${session.number} and ${result.moved - 1} later session${result.moved === 2 ? "" : "s"} moved`
            : `Session ${session.number} moved to ${formatSessionStart(result.startsAt, cohort.timeZone)}`,
      });
      onClose();
    },
  });
  const { form } = command;
  return (
    <ReasonDialog
      onClose={onClose}
      title={`Reschedule session ${session.number}`}
      command={command}
      reason={{ autoFocus: false, required: false, description: "Optional; kept in the session's history." }}
      failureTitle="Not moved"
      submitLabel="Move session"
    >
      <Text size="sm">Now: {formatSessionStart(session.startsAt, cohort.timeZone)}.</Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateInput
            label="New date"
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            required
            {...form.getInputProps("date")}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TimeInput
            label="New time"
            description={`In the cohort's zone (${zoneAbbreviation(cohort.timeZone, session.startsAt)})`}
            required
            {...form.getInputProps("time")}
          />
        </Grid.Col>
      </Grid>
      <Checkbox
        label="Move the later sessions too"
        description={
          laterCount > 0
            ? `The ${laterCount} scheduled session${laterCount === 1 ? "" : "s"} after it move by the same number of days, keeping their time.`
            : "There are no scheduled sessions after this one."
        }
        disabled={laterCount === 0}
        {...form.getInputProps("moveLaterSessions", { type: "checkbox" })}
      />
    </ReasonDialog>
  );
}
