import { recordConsentInput } from "@circle/validators";
import { Button, Checkbox, Group, Paper, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "@tanstack/react-router";
import { ButtonLink } from "../../components/button-link.tsx";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { memberFullName, memberName } from "../../lib/member-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { blankCapture, captureFieldFor, toRecordConsentInput, validateCapture } from "./consent-capture-values.ts";
import { ConsentMethodFields } from "./consent-method-fields.tsx";
import type { ConsentDocument, ConsentMember, ConsentVersion } from "./types.ts";

interface ConsentCaptureFormProps {
  member: ConsentMember;
  document: ConsentDocument;
  version: ConsentVersion;
  /** where to go back to afterwards: the application this consent is for */
  applicationId?: string;
}

export function ConsentCaptureForm({ member, document, version, applicationId }: ConsentCaptureFormProps) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const name = memberName(member);
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: blankCapture(),
    schema: recordConsentInput,
    toInput: (values, { idempotencyKey }) => ({ ...toRecordConsentInput(member.id, version.id, values), idempotencyKey }),
    validate: validateCapture,
    fieldFor: captureFieldFor,
    mutation: trpc.consent.record.mutationOptions(),
    // The member's page, the document's records and every roster's consent column.
    invalidates: [trpc.members, trpc.consent, trpc.enrollment],
    onSuccess: async () => {
      notifications.show({ color: "green", message: `${name}'s consent to version ${version.version} is recorded` });
      if (applicationId) await navigate({ to: "/intake/$applicationId", params: { applicationId } });
      else await navigate({ to: "/members/$memberId", params: { memberId: member.id } });
    },
  });

  return (
    <Paper withBorder p="lg">
      <form {...formProps}>
        <Stack gap="lg">
          <Title order={2} fz="h4">
            Record {name}'s consent
          </Title>
          <FormFailure title="Consent was not recorded" failure={failure} />
          <ConsentMethodFields form={form} fullName={memberFullName(member)} />
          <Checkbox
            label={`${name} had the whole of version ${version.version} (read it, or had it read to them) and could ask questions`}
            {...form.getInputProps("readInFull", { type: "checkbox" })}
          />
          <Group justify="flex-end">
            {applicationId ? (
              <ButtonLink variant="default" to="/intake/$applicationId" params={{ applicationId }}>
                Cancel
              </ButtonLink>
            ) : (
              <ButtonLink variant="default" to="/members/$memberId" params={{ memberId: member.id }}>
                Cancel
              </ButtonLink>
            )}
            <Button type="submit" loading={pending}>
              Record consent
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
