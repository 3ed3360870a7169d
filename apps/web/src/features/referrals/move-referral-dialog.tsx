import {
  moveReferralInput,
  REFERRAL_CLOSE_REASONS,
  REFERRAL_OUTCOMES,
  type ReferralCloseReason,
  type ReferralOutcome,
  type ReferralStatus,
} from "@circle/validators";
import { Checkbox, NativeSelect, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { toIsoDay } from "../../lib/format.ts";
import { FormDialog } from "../../lib/forms/form-dialog.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import {
  REFERRAL_CLOSE_REASON_LABELS,
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STEP_LABELS,
} from "./referral-labels.ts";
import type { ReferralDetail } from "./types.ts";

interface MoveValues {
  note: string;
  informationSharing: boolean;
  outcome: ReferralOutcome | "";
  closeReason: ReferralCloseReason | "";
  followUpOn: string;
}

interface MoveReferralDialogProps {
  referral: ReferralDetail;
  to: ReferralStatus;
  onClose: () => void;
}

/**
 * One step along the loop, with its note. Closing asks whether the referral succeeded and, when
 * not, why; making a referral that shares information asks for the member's agreement first.
 */
export function MoveReferralDialog({ referral, to, onClose }: MoveReferralDialogProps) {
  const trpc = useTRPC();
  const closing = to === "CLOSED";
  const asksAgreement = to === "MADE" && referral.sharesInformation && !referral.informationSharing;
  const command = useCommandForm({
    initialValues: {
      note: "",
      informationSharing: false,
      outcome: "",
      closeReason: "",
      followUpOn: toIsoDay(referral.followUpOn),
    } as MoveValues,
    schema: moveReferralInput,
    toInput: (values) => ({
      referralId: referral.id,
      to,
      note: values.note,
      ...(asksAgreement ? { informationSharing: values.informationSharing } : {}),
      ...(closing
        ? {
            outcome: values.outcome || undefined,
            closeReason: values.outcome === "UNSUCCESSFUL" ? values.closeReason || undefined : undefined,
          }
        : { followUpOn: values.followUpOn || null }),
    }),
    validate: (values) => ({
      ...(closing && !values.outcome ? { outcome: "Say whether the referral succeeded" } : {}),
      ...(closing && values.outcome === "UNSUCCESSFUL" && !values.closeReason
        ? { closeReason: "Choose why the referral did not succeed" }
        : {}),
    }),
    mutation: trpc.referrals.move.mutationOptions(),
    invalidates: [trpc.referrals],
    onSuccess: () => {
      notifications.show({ color: "green", message: closing ? "Referral closed" : `Referral: ${REFERRAL_STATUS_LABELS[to]}` });
      onClose();
    },
  });
  const { form } = command;
  const values = form.getValues();
  return (
    <FormDialog
      title={closing ? "Close the referral" : `${REFERRAL_STEP_LABELS[to]}`}
      command={command}
      failureTitle="Not recorded"
      submitLabel={closing ? "Close referral" : "Record step"}
      onClose={onClose}
    >
      <Text size="sm">
        From {REFERRAL_STATUS_LABELS[referral.status].toLowerCase()} to {REFERRAL_STATUS_LABELS[to].toLowerCase()}. The step is
        kept in the referral's timeline with your name and note.
      </Text>
      {closing && (
        <>
          <Radio.Group label="Outcome" required {...form.getInputProps("outcome")}>
            <Stack gap={6} mt={6}>
              {REFERRAL_OUTCOMES.map((outcome) => (
                <Radio key={outcome} value={outcome} label={REFERRAL_OUTCOME_LABELS[outcome]} />
              ))}
            </Stack>
          </Radio.Group>
          {values.outcome === "UNSUCCESSFUL" && (
            <NativeSelect
              label="Why it did not succeed"
              required
              data={[
                { value: "", label: "Choose one" },
                ...REFERRAL_CLOSE_REASONS.map((reason) => ({ value: reason, label: REFERRAL_CLOSE_REASON_LABELS[reason] })),
              ]}
              {...form.getInputProps("closeReason")}
            />
          )}
        </>
      )}
      {asksAgreement && (
        <Checkbox
          label="The member agreed that their information may be shared with the resource"
          description="Required: making this referral passes their information on"
          {...form.getInputProps("informationSharing", { type: "checkbox" })}
        />
      )}
      <Textarea label="Note" required autosize minRows={2} maxRows={6} maxLength={2000} {...form.getInputProps("note")} />
      {!closing && (
        <TextInput
          type="date"
          label="Next follow-up"
          description="Leave empty when no follow-up is planned"
          w={220}
          {...form.getInputProps("followUpOn")}
        />
      )}
    </FormDialog>
  );
}
