import { changePasswordInput } from "@circle/validators";
import { Button, Group, PasswordInput, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "@tanstack/react-router";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    schema: changePasswordInput,
    toInput: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
    // The one rule only a form needs: typing the new password twice.
    validate: ({ newPassword, confirmPassword }) =>
      newPassword === confirmPassword ? {} : { confirmPassword: "The two new passwords do not match" },
    mutation: trpc.auth.changePassword.mutationOptions(),
    // The gate reads mustChangePassword from auth.me: it is refetched before going on.
    invalidates: [trpc.auth],
    onSuccess: async () => {
      notifications.show({
        color: "green",
        title: "Password changed",
        message: "Your other devices have been signed out.",
      });
      await navigate({ to: "/" });
    },
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormFailure title="Password not changed" failure={failure} />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          {...form.getInputProps("currentPassword")}
        />
        <PasswordInput
          label="New password"
          description="At least 12 characters. A few unrelated words make a strong, memorable password."
          autoComplete="new-password"
          required
          withAsterisk={false}
          {...form.getInputProps("newPassword")}
        />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          required
          withAsterisk={false}
          {...form.getInputProps("confirmPassword")}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
