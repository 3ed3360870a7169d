import { signInInput } from "@circle/validators";
import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { safeRedirect } from "./safe-redirect.ts";

export function SignInForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { redirect } = useSearch({ from: "/sign-in" });
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: "uncontrolled",
    initialValues: { email: "", password: "" },
    validate: schemaResolver(signInInput, { sync: true }),
  });
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      signIn.mutate(values, {
        onSuccess: async () => {
          // Nothing cached for whoever used this browser before may survive into this session.
          queryClient.clear();
          await router.navigate({ href: safeRedirect(redirect) });
        },
        onError: (error) => {
          form.setFieldValue("password", "");
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

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" role="alert" title="Could not sign in">
            {failure}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          withAsterisk={false}
          key={form.key("email")}
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          key={form.key("password")}
          {...form.getInputProps("password")}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
