import { Button, CloseButton, Fieldset, Group, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { CredentialFields } from "./credentials/credential-fields.tsx";
import { blankCredential } from "./credentials/credential-values.ts";
import type { NewPersonValues } from "./new-person-values.ts";

/** The optional list of credentials on the create form: add as many as the person holds. */
export function CredentialsEditor({ form }: { form: UseFormReturnType<NewPersonValues> }) {
  const credentials = form.values.credentials;
  return (
    <Stack gap="md">
      {credentials.length === 0 && (
        <Text size="sm" c="dimmed">
          None yet. Licences and certificates can also be added later from the person's page.
        </Text>
      )}
      {credentials.map((credential, index) => (
        <Fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no id until saved
          key={index}
          legend={
            <Group gap="xs" wrap="nowrap">
              <span>Credential {index + 1}</span>
              <CloseButton
                size="sm"
                aria-label={`Remove credential ${index + 1}`}
                onClick={() => form.removeListItem("credentials", index)}
              />
            </Group>
          }
        >
          <CredentialFields
            kind={credential.kind}
            field={(name) => ({
              key: `credentials.${index}.${name}`,
              ...form.getInputProps(`credentials.${index}.${name}`),
            })}
          />
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            form.insertListItem(
              "credentials",
              blankCredential(form.values.role === "FACILITATOR" ? "PROFESSIONAL_LICENCE" : "CERTIFICATION"),
            )
          }
          disabled={credentials.length >= 10}
        >
          Add credential
        </Button>
      </Group>
    </Stack>
  );
}
