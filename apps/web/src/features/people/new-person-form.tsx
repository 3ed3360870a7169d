import { createUserInput } from "@circle/validators";
import { Alert, Button, Grid, Group, Paper, Stack, TextInput, Title } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconInfoCircle } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { LICENCE_NOTE } from "./credentials/credential-labels.ts";
import { CredentialsEditor } from "./credentials-editor.tsx";
import { rememberHandover } from "./handover.ts";
import { type NewPersonValues, toCreateUserInput } from "./new-person-values.ts";
import { RoleField } from "./role-field.tsx";
import { generateTemporaryPassword } from "./temporary-password.ts";
import { TemporaryPasswordInput } from "./temporary-password-input.tsx";

const validateInput = schemaResolver(createUserInput, { sync: true });

export function NewPersonForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<NewPersonValues>({
    mode: "controlled",
    initialValues: {
      name: "",
      email: "",
      role: "FACILITATOR",
      temporaryPassword: generateTemporaryPassword(),
      credentials: [],
    },
    // The same schema the server applies, on what would be sent.
    validate: (values) => validateInput(toCreateUserInput(values)),
  });
  const create = useMutation(trpc.users.create.mutationOptions());

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      create.mutate(toCreateUserInput(values), {
        onSuccess: async (person) => {
          await queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
          rememberHandover(person.id, values.temporaryPassword);
          notifications.show({
            color: "green",
            title: `Account created for ${person.name}`,
            message: "Pass on the temporary password; they must change it when they first sign in.",
          });
          await navigate({ to: "/people/$userId", params: { userId: person.id } });
        },
        onError: (error) => {
          setFailure(applyServerErrors(form, error));
          revealErrors(formElement);
        },
      });
    },
    (_errors, _values, event) => {
      setFailure(null);
      revealErrors(event?.currentTarget);
    },
  );

  const role = form.values.role;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={860}>
        {failure && (
          <Alert color="red" variant="light" role="alert" title="The account was not created">
            {failure}
          </Alert>
        )}
        <Paper withBorder p="lg">
          <Stack gap="md">
            <Title order={2} fz="h4">
              Person
            </Title>
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
          </Stack>
        </Paper>

        <Paper withBorder p="lg">
          <Stack gap="md">
            <Title order={2} fz="h4">
              Credentials
            </Title>
            {role === "FACILITATOR" && (
              <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
                {LICENCE_NOTE}
              </Alert>
            )}
            <CredentialsEditor form={form} />
          </Stack>
        </Paper>

        <Group justify="flex-end">
          <Button variant="default" component={Link} to="/people">
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create person
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
