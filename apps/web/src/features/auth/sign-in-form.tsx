import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import type { ApiError } from "../../lib/api-error.ts";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { type FormCommand, useFormSubmission } from "../../lib/forms/use-form-submission.ts";
import { safeRedirect } from "./safe-redirect.ts";
import { type SignInInput, signIn } from "./sign-in-calls.ts";

/** `redirect`: where to go once signed in (?redirect=…), followed only through safeRedirect. */
export function SignInForm({ redirect }: { redirect: string | undefined }) {
  const { form, formProps, failure, pending } = useFormSubmission({
    initialValues: { email: "", password: "" },
    // No schema: zod stays out of the sign-in page's download. The server checks `signInInput`
    // before it counts an attempt, and its messages land on the fields as a client check's would.
    toInput: (values): SignInInput => values,
    command: useSignInCommand(),
    // A full page load: nothing cached for whoever used this browser before survives into this
    // session, and the dashboard starts afresh (its guard sends a temporary password to be changed).
    onSuccess: () => window.location.assign(safeRedirect(redirect)),
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

/** The sign-in call as the form sends it; still pending after a success, while the next page loads. */
function useSignInCommand(): FormCommand<SignInInput, unknown, ApiError> {
  const [pending, setPending] = useState(false);
  const run: FormCommand<SignInInput, unknown, ApiError>["run"] = (input, then) => {
    setPending(true);
    signIn(input).then(then.onSuccess, (error: ApiError) => {
      setPending(false);
      then.onError(error);
    });
  };
  return { run, pending };
}
