import { rescheduleSessionInput } from "@circle/validators";
import { Alert, Button, Checkbox, Grid, Group, Modal, Stack, Text } from "@mantine/core";
import { DateInput, TimeInput } from "@mantine/dates";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { localClockTime, localIsoDay } from "../../../../lib/calendar-days.ts";
import { applyServerErrors, revealErrors } from "../../../../lib/form-errors.ts";
import { formatSessionStart, zoneAbbreviation } from "../../../../lib/format.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import { ReasonField } from "../../actions/reason-field.tsx";
import type { Cohort, CohortSession } from "../../types.ts";
import { useRefreshCohort } from "../../use-refresh-cohort.ts";

interface RescheduleSessionModalProps {
  cohort: Cohort;
  session: CohortSession;
  /** scheduled sessions after this one, which "move later sessions too" would shift */
  laterCount: number;
  onClose: () => void;
}

const validate = schemaResolver(rescheduleSessionInput, { sync: true });

/** A new local date and time for one session, in the cohort's zone; optionally the later ones follow. */
export function RescheduleSessionModal({ cohort, session, laterCount, onClose }: RescheduleSessionModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshCohort(cohort.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ sessionId: string; date: string | null; time: string; moveLaterSessions: boolean; reason: string }>({
    mode: "controlled",
    initialValues: {
      sessionId: session.id,
      date: localIsoDay(session.startsAt, cohort.timeZone),
      time: localClockTime(session.startsAt, cohort.timeZone),
      moveLaterSessions: false,
      reason: "",
    },
    validate: (values) => validate({ ...values, date: values.date ?? "" }),
  });
  const reschedule = useMutation(trpc.sessions.reschedule.mutationOptions());

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      reschedule.mutate(
        { ...values, date: values.date ?? "" },
        {
          onSuccess: async (result) => {
            await refresh();
            notifications.show({
              color: "green",
              message:
                result.moved > 1
                  ? `Session ${session.number} and ${result.moved - 1} later session${result.moved === 2 ? "" : "s"} moved`
                  : `Session ${session.number} moved to ${formatSessionStart(result.startsAt, cohort.timeZone)}`,
            });
            onClose();
          },
          onError: (error) => {
            setFailure(applyServerErrors(form, error));
            revealErrors(formElement);
          },
        },
      );
    },
    (_errors, _values, event) => revealErrors(event?.currentTarget),
  );

  return (
    <Modal opened onClose={onClose} title={`Reschedule session ${session.number}`} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
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
          <ReasonField
            autoFocus={false}
            required={false}
            description="Optional; kept in the session's history."
            value={form.values.reason}
            onChange={(reason) => form.setFieldValue("reason", reason)}
            error={form.errors.reason}
          />
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not moved">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={reschedule.isPending}>
              Move session
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
