import { firstAdministratorInput } from "@circle/validators";
import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";

/** The first administrator's account, through the setup link; they are signed in at once. */
export function FirstAdministratorForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const command = useCommandForm({
    initialValues: { name: "", email: "", password: "", confirmPassword: "" },
    schema: firstAdministratorInput,
    toInput: ({ name, email, password }) => ({ token, name, email, password }),
    validate: (values) =>
      values.confirmPassword === values.password ? {} : { confirmPassword: "The two passwords do not match" },
    mutation: trpc.setup.createFirstAdministrator.mutationOptions(),
    invalidates: [],
    onSuccess: async () => {
      // A new person is signed in: nothing cached before may survive.
      queryClient.clear();
      await navigate({ to: "/" });
    },
  });
  const { form } = command;

  return (
    <form {...command.formProps}>
      <Stack gap="md">
        <FormFailure title="The administrator was not created" failure={command.failure} />
        <TextInput label="Your name" autoComplete="name" required withAsterisk={false} {...form.getInputProps("name")} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          withAsterisk={false}
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label="Password"
          description="At least 12 characters. A few unrelated words make a strong, memorable password."
          autoComplete="new-password"
          required
          withAsterisk={false}
          {...form.getInputProps("password")}
        />
        <PasswordInput
          label="Confirm password"
          autoComplete="new-password"
          required
          withAsterisk={false}
          {...form.getInputProps("confirmPassword")}
        />
        <Button type="submit" loading={command.pending} fullWidth mt="xs">
          Create administrator and sign in
        </Button>
      </Stack>
    </form>
  );
}
