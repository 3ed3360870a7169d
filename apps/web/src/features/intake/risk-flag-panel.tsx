import { Alert, Button, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconFlagCheck, IconFlagFilled } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { formatDateTime } from "../../lib/format.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Application } from "./types.ts";
import { useRefreshApplication } from "./use-refresh-application.ts";

/** A flagged application: what raised it, and the acknowledgement (with its note) that must come before acceptance. */
export function RiskFlagPanel({ application, canAct }: { application: Application; canAct: boolean }) {
  const risks = application.answers.filter((answer) => answer.isRiskIndicator);
  const labels = risks.map((answer) => answer.question.riskLabel ?? answer.question.prompt);
  if (application.riskAcknowledgedAt) {
    return (
      <Alert color="gray" variant="light" icon={<IconFlagCheck aria-hidden />} title="Risk flag acknowledged">
        <Stack gap={6}>
          <Text size="sm">Raised by: {labels.join("; ") || "a screening answer"}.</Text>
          <Text size="sm">
            Acknowledged by {application.riskAcknowledgedBy?.name ?? "a former user"} on{" "}
            {formatDateTime(application.riskAcknowledgedAt)}.
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            <strong>Note:</strong> {application.riskAcknowledgementNote}
          </Text>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconFlagFilled aria-hidden />} title="Risk flag: not yet acknowledged">
      <Stack gap="sm">
        <Text size="sm">
          Raised by: <strong>{labels.join("; ") || "a screening answer"}</strong>. Talk it through before deciding; the
          application cannot be accepted until an administrator or a licensed facilitator of the cohort acknowledges the flag with
          a note.
        </Text>
        {canAct && <AcknowledgeRiskForm application={application} />}
      </Stack>
    </Alert>
  );
}

function AcknowledgeRiskForm({ application }: { application: Application }) {
  const trpc = useTRPC();
  const refresh = useRefreshApplication(application.id, application.member.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: { note: "" },
    validate: { note: (note) => (note.trim() ? null : "Write what was discussed or decided about the risk") },
  });
  const acknowledge = useMutation(trpc.intake.acknowledgeRisk.mutationOptions());
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      acknowledge.mutate(
        { applicationId: application.id, note: values.note },
        {
          onSuccess: async () => {
            await refresh();
            notifications.show({ color: "green", message: "Risk flag acknowledged; the note is kept in the history" });
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
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" variant="white" role="alert">
            {failure}
          </Alert>
        )}
        <Textarea
          label="Acknowledgement note"
          description="What was discussed or decided: safety plan, current support, why the group is (or is not) right now"
          required
          autosize
          minRows={3}
          {...form.getInputProps("note")}
        />
        <Button type="submit" color="red" loading={acknowledge.isPending} w="fit-content">
          Acknowledge risk flag
        </Button>
      </Stack>
    </form>
  );
}
