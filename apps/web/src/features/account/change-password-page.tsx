import { Paper } from "@mantine/core";
import { PageHeader } from "../../components/page-header.tsx";
import { useMe } from "../../lib/session/use-me.ts";
import { ChangePasswordForm } from "./change-password-form.tsx";

export function ChangePasswordPage() {
  const me = useMe();
  return (
    <>
      <PageHeader
        title={me.mustChangePassword ? "Choose your password" : "Change password"}
        description={
          me.mustChangePassword
            ? "You signed in with a temporary password. Choose your own to continue; only you will know it."
            : "Your other devices are signed out once the new password is saved."
        }
      />
      <Paper withBorder p="lg" maw={480}>
        <ChangePasswordForm />
      </Paper>
    </>
  );
}
