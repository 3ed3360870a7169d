import { changePasswordInput } from "@circle/validators";
import { Alert, Button, Group, PasswordInput, Stack } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { z } from "zod";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";

// The server's rules plus the one only a form needs: typing the new password twice.
const formSchema = changePasswordInput
  .safeExtend({ confirmPassword: z.string() })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords do not match",
  });

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: "uncontrolled",
    initialValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    validate: schemaResolver(formSchema, { sync: true }),
  });
  const change = useMutation(trpc.auth.changePassword.mutationOptions());

  const submit = form.onSubmit(
    ({ currentPassword, newPassword }, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      change.mutate(
        { currentPassword, newPassword },
        {
          onSuccess: async () => {
            // The gate reads mustChangePassword from this query: refresh it before going on.
            await queryClient.refetchQueries({ queryKey: trpc.auth.me.queryKey() });
            await queryClient.invalidateQueries({ queryKey: trpc.auth.profile.queryKey() });
            notifications.show({
              color: "green",
              title: "Password changed",
              message: "Your other devices have been signed out.",
            });
            await navigate({ to: "/" });
          },
          onError: (error) => {
            setFailure(applyServerErrors(form, error));
            revealErrors(formElement);
          },
        },
      );
    },
    (_errors, _values, event) => {
      setFailure(null);
      revealErrors(event?.currentTarget);
    },
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" role="alert" title="Password not changed">
            {failure}
          </Alert>
        )}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          key={form.key("currentPassword")}
          {...form.getInputProps("currentPassword")}
        />
        <PasswordInput
          label="New password"
          description="At least 12 characters. A few unrelated words make a strong, memorable password."
          autoComplete="new-password"
          required
          withAsterisk={false}
          key={form.key("newPassword")}
          {...form.getInputProps("newPassword")}
        />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          required
          withAsterisk={false}
          key={form.key("confirmPassword")}
          {...form.getInputProps("confirmPassword")}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
