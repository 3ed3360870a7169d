import { RECOMMENDATION_LABELS, RECOMMENDATIONS, type Recommendation, recommendApplicationInput } from "@circle/validators";
import { Radio, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { FormDialog } from "../../lib/forms/form-dialog.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { memberName } from "../../lib/member-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Application } from "./types.ts";

/** The facilitator's recommendation after the interview; an administrator reads it and decides. */
export function RecommendDialog({ application, onClose }: { application: Application; onClose: () => void }) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: {
      recommendation: (application.recommendation ?? "") as Recommendation | "",
      reason: application.recommendationReason ?? "",
    },
    schema: recommendApplicationInput,
    // an unmade choice is refused by the schema and worded by `validate`
    toInput: (values) => ({
      applicationId: application.id,
      recommendation: values.recommendation as Recommendation,
      reason: values.reason,
    }),
    validate: (values) => (values.recommendation ? {} : { recommendation: "Choose what you recommend" }),
    mutation: trpc.intake.recommend.mutationOptions(),
    invalidates: [trpc.intake],
    onSuccess: (_result, values) => {
      const what = values.recommendation ? RECOMMENDATION_LABELS[values.recommendation].toLowerCase() : "";
      notifications.show({ color: "green", message: `Recommended: ${what}. An administrator decides.` });
      onClose();
    },
  });
  return (
    <FormDialog
      title={`Recommend: ${memberName(application.member)}`}
      command={command}
      failureTitle="Not recorded"
      submitLabel="Recommend"
      onClose={onClose}
    >
      <Text size="sm">
        Your recommendation shows on the application and in the administrators' queue, with your name. The decision is theirs.
      </Text>
      <Radio.Group label="Recommendation" required {...command.form.getInputProps("recommendation")}>
        <Stack gap={6} mt={6}>
          {RECOMMENDATIONS.map((value) => (
            <Radio key={value} value={value} label={RECOMMENDATION_LABELS[value]} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label="Reason"
        description="What the administrator should know to decide"
        required
        autosize
        minRows={3}
        maxRows={8}
        {...command.form.getInputProps("reason")}
      />
    </FormDialog>
  );
}
