import { createConsentDocumentInput } from "@circle/validators";
import { Alert, Button, Group, Paper, Stack, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { PageHeader } from "../../components/page-header.tsx";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { BackToConsent } from "./back-to-consent.tsx";
import { ConsentBodyEditor } from "./consent-body-editor.tsx";
import { CONSENT_TEMPLATE } from "./consent-template.ts";

const validate = schemaResolver(createConsentDocumentInput, { sync: true });

export function NewConsentDocumentPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({ mode: "controlled", initialValues: { title: "", body: CONSENT_TEMPLATE }, validate });
  const create = useMutation(trpc.consent.createDocument.mutationOptions());
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      create.mutate(values, {
        onSuccess: async (document) => {
          await queryClient.invalidateQueries({ queryKey: trpc.consent.documents.queryKey() });
          notifications.show({ color: "green", message: `${document.title} is published as version 1` });
          await navigate({ to: "/consent/$documentId", params: { documentId: document.id } });
        },
        onError: (error) => {
          setFailure(applyServerErrors(form, error));
          revealErrors(formElement);
        },
      });
    },
    (_errors, _values, event) => revealErrors(event?.currentTarget),
  );
  return (
    <>
      <PageHeader
        title="New consent document"
        description="Publishing makes this version 1. Its text is never changed afterwards: later changes are new versions."
        back={<BackToConsent />}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not published">
              {failure}
            </Alert>
          )}
          <Paper withBorder p="lg">
            <Stack gap="md">
              <TextInput label="Title" required maw={520} {...form.getInputProps("title")} />
              <ConsentBodyEditor
                value={form.values.body}
                onChange={(body) => form.setFieldValue("body", body)}
                error={form.errors.body}
              />
            </Stack>
          </Paper>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/consent">
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Publish version 1
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
