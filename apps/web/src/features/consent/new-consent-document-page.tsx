import { createConsentDocumentInput } from "@circle/validators";
import { Button, Group, Paper, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link, useNavigate } from "@tanstack/react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { BackToConsent } from "./back-to-consent.tsx";
import { ConsentBodyEditor } from "./consent-body-editor.tsx";
import { CONSENT_TEMPLATE } from "./consent-template.ts";

export function NewConsentDocumentPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: { title: "", body: CONSENT_TEMPLATE },
    schema: createConsentDocumentInput,
    toInput: (values) => values,
    mutation: trpc.consent.createDocument.mutationOptions(),
    invalidates: [trpc.consent],
    onSuccess: async (document) => {
      notifications.show({ color: "green", message: `${document.title} is published as version 1` });
      await navigate({ to: "/consent/$documentId", params: { documentId: document.id } });
    },
  });
  return (
    <>
      <PageHeader
        title="New consent document"
        description="Publishing makes this version 1. Its text is never changed afterwards: later changes are new versions."
        back={<BackToConsent />}
      />
      <form {...formProps}>
        <Stack gap="lg">
          <FormFailure title="Not published" failure={failure} />
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
            <Button type="submit" loading={pending}>
              Publish version 1
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
