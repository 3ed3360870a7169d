import { Alert, Button, Group, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
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
  const queryClient = useQueryClient();
  const latest = document.versions[0];
  const next = (latest?.version ?? 0) + 1;
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PublishValues>({
    mode: "controlled",
    initialValues: { body: latest?.body ?? "", requiresReconsent: "" },
    validate: {
      body: (body) =>
        body.trim().length < 20
          ? "Write the full text of the document"
          : body === latest?.body
            ? "The text is the same as the current version"
            : null,
      requiresReconsent: (choice) => (choice ? null : "Choose whether current members must consent again"),
    },
  });
  const publish = useMutation(trpc.consent.publishVersion.mutationOptions());
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      publish.mutate(
        { documentId: document.id, body: values.body, requiresReconsent: values.requiresReconsent === "yes" },
        {
          onSuccess: async (version) => {
            await Promise.all([
              queryClient.invalidateQueries({ queryKey: trpc.consent.document.queryKey({ documentId: document.id }) }),
              queryClient.invalidateQueries({ queryKey: trpc.consent.documents.queryKey() }),
              queryClient.invalidateQueries({ queryKey: trpc.consent.versionForProgram.queryKey() }),
            ]);
            notifications.show({ color: "green", message: `Version ${version.version} of ${document.title} is published` });
            onDone(version.version);
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
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate>
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
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not published">
              {failure}
            </Alert>
          )}
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
            <Button type="submit" loading={publish.isPending}>
              Publish version {next}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
