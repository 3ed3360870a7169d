import { Alert } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { StandalonePage } from "../../components/standalone-page.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import { SignInForm } from "./sign-in-form.tsx";

export function SignInPage() {
  const trpc = useTRPC();
  const setup = useQuery(trpc.setup.status.queryOptions({}));
  return (
    <StandalonePage
      title="Sign in"
      description="The dashboard for your programs, cohorts and sessions."
      footer="Forgot your password? Ask an administrator to set a temporary one."
    >
      {setup.data?.needed && (
        <Alert color="blue" variant="light" title="No administrator yet">
          Open the setup link the server printed in its terminal (it ends in <code>/setup?token=…</code>) to create the first
          administrator.
        </Alert>
      )}
      <SignInForm />
    </StandalonePage>
  );
}
