import { createUserInput } from "@circle/validators";
import { Alert, Button, Grid, Group, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconInfoCircle } from "@tabler/icons-react";
import { Link, useNavigate } from "@tanstack/react-router";
import { FormSection } from "../../components/form-section.tsx";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { LICENCE_NOTE } from "./credentials/credential-labels.ts";
import { CredentialsEditor } from "./credentials-editor.tsx";
import { rememberHandover } from "./handover.ts";
import { type NewPersonValues, toCreateUserInput } from "./new-person-values.ts";
import { RoleField } from "./role-field.tsx";
import { generateTemporaryPassword } from "./temporary-password.ts";
import { TemporaryPasswordInput } from "./temporary-password-input.tsx";

export function NewPersonForm() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: {
      name: "",
      email: "",
      role: "FACILITATOR",
      temporaryPassword: generateTemporaryPassword(),
      credentials: [],
    } as NewPersonValues,
    schema: createUserInput,
    toInput: toCreateUserInput,
    mutation: trpc.users.create.mutationOptions(),
    invalidates: [trpc.users],
    onSuccess: async (person, values) => {
      rememberHandover(person.id, values.temporaryPassword);
      notifications.show({
        color: "green",
        title: `Account created for ${person.name}`,
        message: "Pass on the temporary password; they must change it when they first sign in.",
      });
      await navigate({ to: "/people/$userId", params: { userId: person.id } });
    },
  });

  const role = form.values.role;
  return (
    <form {...formProps}>
      <Stack gap="lg" maw={860}>
        <FormFailure title="The account was not created" failure={failure} />
        <FormSection title="Person">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="Name" autoComplete="off" required {...form.getInputProps("name")} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="Email" type="email" autoComplete="off" required {...form.getInputProps("email")} />
            </Grid.Col>
          </Grid>
          <RoleField value={role} onChange={(next) => form.setFieldValue("role", next)} error={form.errors.role} />
          <TemporaryPasswordInput
            value={form.values.temporaryPassword}
            onChange={(next) => form.setFieldValue("temporaryPassword", next)}
            error={form.errors.temporaryPassword}
          />
        </FormSection>

        <FormSection title="Credentials">
          {role === "FACILITATOR" && (
            <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
              {LICENCE_NOTE}
            </Alert>
          )}
          <CredentialsEditor form={form} />
        </FormSection>

        <Group justify="flex-end">
          <Button variant="default" component={Link} to="/people">
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Create person
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
