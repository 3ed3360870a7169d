import { publishConsentVersionInput } from "@circle/validators";
import { Button, Group, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ConsentBodyEditor } from "./consent-body-editor.tsx";
import type { ConsentDocument } from "./types.ts";

interface PublishValues {
  body: string;
  /** no default: the admin must decide */
  requiresReconsent: "yes" | "no" | "";
}

interface PublishVersionFormProps {
  document: ConsentDocument;
  onDone: (version: number | null) => void;
}

/** The next version: edited from the latest text, with an explicit choice about earlier consent. */
export function PublishVersionForm({ document, onDone }: PublishVersionFormProps) {
  const trpc = useTRPC();
  const latest = document.versions[0];
  const next = (latest?.version ?? 0) + 1;
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: { body: latest?.body ?? "", requiresReconsent: "" } as PublishValues,
    schema: publishConsentVersionInput,
    toInput: (values) => ({ documentId: document.id, body: values.body, requiresReconsent: values.requiresReconsent === "yes" }),
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (values.body.trim().length < 20) errors.body = "Write the full text of the document";
      else if (values.body === latest?.body) errors.body = "The text is the same as the current version";
      if (!values.requiresReconsent) errors.requiresReconsent = "Choose whether current members must consent again";
      return errors;
    },
    mutation: trpc.consent.publishVersion.mutationOptions(),
    invalidates: [trpc.consent],
    onSuccess: (version) => {
      notifications.show({ color: "green", message: `Version ${version.version} of ${document.title} is published` });
      onDone(version.version);
    },
  });
  return (
    <Paper withBorder p="lg">
      <form {...formProps}>
        <Stack gap="lg">
          <div>
            <Title order={2} fz="h4">
              Publish version {next}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              Version {latest?.version} stays exactly as it is: the people who consented to it keep their record of what they
              agreed to.
            </Text>
          </div>
          <FormFailure title="Not published" failure={failure} />
          <ConsentBodyEditor
            value={form.values.body}
            onChange={(body) => form.setFieldValue("body", body)}
            error={form.errors.body}
          />
          <Radio.Group
            label="Do current members have to consent again?"
            description="Decide by what changed: people must agree again to anything new they are asked to accept."
            required
            {...form.getInputProps("requiresReconsent")}
          >
            <Stack gap="sm" mt="xs">
              <Radio
                value="yes"
                label="Yes: current members must consent again"
                description={`Consent to earlier versions stops counting. Anyone without consent to version ${next} cannot be enrolled until they consent again, and rosters show whose consent is no longer current. Choose this when what people agree to changes (confidentiality, recording, fees, withdrawal).`}
              />
              <Radio
                value="no"
                label="No: earlier consent still counts"
                description="For corrections and clarifications that do not change what people agree to. New members consent to this version; current members stay covered."
              />
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onDone(null)}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Publish version {next}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
