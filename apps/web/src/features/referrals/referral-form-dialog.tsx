import { logReferralInput, REFERRAL_URGENCIES, type ReferralUrgency } from "@circle/validators";
import { Checkbox, Grid, Group, Radio, SegmentedControl, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "@tanstack/react-router";
import { MemberPicker } from "../../components/member-picker.tsx";
import { FormDialog } from "../../lib/forms/form-dialog.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ReferralCategorySelect } from "./referral-category-select.tsx";
import {
  defaultFollowUpOn,
  initialReferralValues,
  type ReferralFormValues,
  toLogReferralInput,
  validateReferral,
} from "./referral-form-values.ts";
import { REFERRAL_URGENCY_LABELS } from "./referral-labels.ts";
import { ResourceChoice } from "./resource-choice.tsx";

const URGENCY_HINTS: Record<ReferralUrgency, string> = {
  EMERGENCY: "follow up today; shown on top of every list until closed",
  URGENT: "follow up in 2 days",
  ROUTINE: "follow up in 2 weeks",
};

interface ReferralFormDialogProps {
  /** the member being referred; without one the form asks */
  member?: { id: string; name: string };
  /** the cohort the referral is made from, when known (the follow-up list knows it) */
  cohortId?: string;
  onClose: () => void;
}

/** Logs a referral: where to, how urgent, what the member agreed to, and when to follow up. */
export function ReferralFormDialog({ member, cohortId, onClose }: ReferralFormDialogProps) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const command = useCommandForm({
    initialValues: initialReferralValues(member?.id),
    schema: logReferralInput,
    toInput: (values: ReferralFormValues, submission) => toLogReferralInput(values, submission, cohortId),
    validate: validateReferral,
    mutation: trpc.referrals.log.mutationOptions(),
    invalidates: [trpc.referrals],
    onSuccess: (referral) => {
      notifications.show({ color: "green", message: member ? `Referral logged for ${member.name}` : "Referral logged" });
      onClose();
      void navigate({ to: "/referrals/$referralId", params: { referralId: referral.id } });
    },
  });
  const { form } = command;
  const values = form.getValues();

  const changeUrgency = (next: string) => {
    const urgency = next as ReferralUrgency;
    // The follow-up date moves with the urgency until someone picks a date of their own.
    const followUpOn = values.followUpOn === defaultFollowUpOn(values.urgency) ? defaultFollowUpOn(urgency) : values.followUpOn;
    form.setValues({ urgency, followUpOn });
  };

  return (
    <FormDialog
      title={member ? `Refer ${member.name}` : "Log a referral"}
      command={command}
      failureTitle="The referral was not logged"
      submitLabel="Log referral"
      onClose={onClose}
      size="xl"
    >
      {!member && (
        <MemberPicker
          value={values.memberId}
          onChange={(memberId) => form.setFieldValue("memberId", memberId)}
          error={form.errors.memberId}
        />
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <ReferralCategorySelect {...form.getInputProps("category")} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Radio.Group label="Urgency" required value={values.urgency} onChange={changeUrgency} error={form.errors.urgency}>
            <Stack gap={6} mt={6}>
              {[...REFERRAL_URGENCIES].reverse().map((urgency) => (
                <Radio
                  key={urgency}
                  value={urgency}
                  label={
                    <>
                      {REFERRAL_URGENCY_LABELS[urgency]}{" "}
                      <Text span size="xs" c="dimmed">
                        ({URGENCY_HINTS[urgency]})
                      </Text>
                    </>
                  }
                />
              ))}
            </Stack>
          </Radio.Group>
        </Grid.Col>
      </Grid>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end">
          <Text size="sm" fw={500} id="resource-from-label">
            Where to
          </Text>
          <SegmentedControl
            aria-labelledby="resource-from-label"
            size="xs"
            data={[
              { value: "directory", label: "From the directory" },
              { value: "other", label: "Not in the directory" },
            ]}
            {...form.getInputProps("resourceFrom")}
          />
        </Group>
        {values.resourceFrom === "directory" ? (
          <ResourceChoice
            value={values.resourceId}
            onChange={(resourceId) => form.setFieldValue("resourceId", resourceId)}
            error={form.errors.resourceId}
          />
        ) : (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="Resource's name" required maxLength={200} {...form.getInputProps("resourceName")} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="How to reach it"
                description="Phone, address or web"
                maxLength={300}
                {...form.getInputProps("resourceContact")}
              />
            </Grid.Col>
          </Grid>
        )}
      </Stack>
      <TextInput
        label="Reason"
        description="A short reason; it is shown only on the referral itself, and every reading is on record"
        required
        maxLength={500}
        {...form.getInputProps("reason")}
      />
      <Textarea label="Note" autosize minRows={2} maxRows={6} maxLength={4000} {...form.getInputProps("note")} />
      <Stack gap="xs">
        <Checkbox
          label="Referring passes the member's information to the resource"
          {...form.getInputProps("sharesInformation", { type: "checkbox" })}
        />
        {values.sharesInformation && (
          <Checkbox
            ml="lg"
            label="The member agreed that their information may be shared with it"
            description="Needed before the referral can be marked as made"
            {...form.getInputProps("informationSharing", { type: "checkbox" })}
          />
        )}
        <Checkbox
          label="Warm hand-off: I introduced the member to the resource in person or on a call"
          {...form.getInputProps("warmHandoff", { type: "checkbox" })}
        />
      </Stack>
      <TextInput
        type="date"
        label="Follow up on"
        description="Set from the urgency; change it if you agreed on another day"
        w={220}
        {...form.getInputProps("followUpOn")}
      />
    </FormDialog>
  );
}
