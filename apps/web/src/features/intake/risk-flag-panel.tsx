import { acknowledgeRiskInput } from "@circle/validators";
import { Alert, Button, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconFlagCheck, IconFlagFilled } from "@tabler/icons-react";
import { formatDateTime } from "../../lib/format.ts";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Application } from "./types.ts";

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
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: { note: "" },
    schema: acknowledgeRiskInput,
    toInput: (values) => ({ applicationId: application.id, note: values.note }),
    validate: (values) => (values.note.trim() ? {} : { note: "Write what was discussed or decided about the risk" }),
    mutation: trpc.intake.acknowledgeRisk.mutationOptions(),
    // The application's page, the queue, the home count and the member's page.
    invalidates: [trpc.intake, trpc.members],
    onSuccess: () => notifications.show({ color: "green", message: "Risk flag acknowledged; the note is kept in the history" }),
  });
  return (
    <form {...formProps}>
      <Stack gap="sm">
        <FormFailure title="Not acknowledged" failure={failure} />
        <Textarea
          label="Acknowledgement note"
          description="What was discussed or decided: safety plan, current support, why the group is (or is not) right now"
          required
          autosize
          minRows={3}
          {...form.getInputProps("note")}
        />
        <Button type="submit" color="red" loading={pending} w="fit-content">
          Acknowledge risk flag
        </Button>
      </Stack>
    </form>
  );
}
