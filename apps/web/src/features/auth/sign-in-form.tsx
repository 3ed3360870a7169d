import { signInInput } from "@circle/validators";
import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter, useSearch } from "@tanstack/react-router";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { safeRedirect } from "./safe-redirect.ts";

export function SignInForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { redirect } = useSearch({ from: "/sign-in" });
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: { email: "", password: "" },
    schema: signInInput,
    toInput: (values) => values,
    mutation: trpc.auth.signIn.mutationOptions(),
    // Nothing cached for whoever used this browser before may survive into this session.
    invalidates: [],
    onSuccess: async () => {
      queryClient.clear();
      await router.navigate({ href: safeRedirect(redirect) });
    },
    onError: (): void => form.setFieldValue("password", ""),
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormFailure title="Could not sign in" failure={failure} />
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
          autoComplete="current-password"
          required
          withAsterisk={false}
          {...form.getInputProps("password")}
        />
        <Button type="submit" loading={pending} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
