import { Alert, Button, Checkbox, Group, Paper, Stack, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { ButtonLink } from "../../components/button-link.tsx";
import { revealErrors } from "../../lib/form-errors.ts";
import { newIdempotencyKey } from "../../lib/forms/idempotency-key.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { memberFullName, memberName } from "../members/member-name.ts";
import type { MemberProfile } from "../members/types.ts";
import {
  blankCapture,
  type ConsentCaptureValues,
  captureErrors,
  toRecordConsentInput,
  validateCapture,
} from "./consent-capture-values.ts";
import { ConsentMethodFields } from "./consent-method-fields.tsx";
import type { ConsentDocument, ConsentVersion } from "./types.ts";

interface ConsentCaptureFormProps {
  member: MemberProfile;
  document: ConsentDocument;
  version: ConsentVersion;
  /** where to go back to afterwards: the application this consent is for */
  applicationId?: string;
}

export function ConsentCaptureForm({ member, document, version, applicationId }: ConsentCaptureFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ConsentCaptureValues>({ mode: "controlled", initialValues: blankCapture() });
  const record = useMutation(trpc.consent.record.mutationOptions());
  // One key for this opened form: a double click or a retry records the consent once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const name = memberName(member);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    setFailure(null);
    const errors = validateCapture(form.values);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) {
      revealErrors(formElement);
      return;
    }
    record.mutate(
      { ...toRecordConsentInput(member.id, version.id, form.values), idempotencyKey },
      {
        onSuccess: async () => {
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: trpc.members.get.queryKey({ memberId: member.id }) }),
            queryClient.invalidateQueries({ queryKey: trpc.consent.document.queryKey({ documentId: document.id }) }),
            queryClient.invalidateQueries({ queryKey: trpc.enrollment.roster.queryKey() }),
          ]);
          notifications.show({ color: "green", message: `${name}'s consent to version ${version.version} is recorded` });
          if (applicationId) await navigate({ to: "/intake/$applicationId", params: { applicationId } });
          else await navigate({ to: "/members/$memberId", params: { memberId: member.id } });
        },
        onError: (error) => {
          const { fields, message } = captureErrors(error);
          form.setErrors(fields);
          setFailure(message);
          revealErrors(formElement);
        },
      },
    );
  };

  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Title order={2} fz="h4">
            Record {name}'s consent
          </Title>
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Consent was not recorded">
              {failure}
            </Alert>
          )}
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
            <Button type="submit" loading={record.isPending}>
              Record consent
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
