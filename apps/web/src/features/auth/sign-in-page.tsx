import { Alert } from "@mantine/core";
import { useEffect, useState } from "react";
import { StandalonePage } from "../../components/standalone-page.tsx";
import { safeRedirect } from "./safe-redirect.ts";
import { askWhoIsSignedInAndSetup } from "./sign-in-calls.ts";
import { SignInForm } from "./sign-in-form.tsx";

/**
 * Shown by the sign-in entry (sign-in.tsx) when the page is opened by its address, and by the
 * router's /sign-in route after signing out or when a session ends.
 */
export function SignInPage({ redirect }: { redirect: string | undefined }) {
  const [setupNeeded, setSetupNeeded] = useState(false);
  useEffect(() => {
    askWhoIsSignedInAndSetup().then(
      ({ me, setup }) => {
        // Someone already signed in has nothing to do here.
        if (me) window.location.replace(safeRedirect(redirect));
        else setSetupNeeded(setup.needed);
      },
      // The server cannot be reached: signing in says so.
      () => undefined,
    );
  }, [redirect]);

  return (
    <StandalonePage
      title="Sign in"
      description="The dashboard for your programs, cohorts and sessions."
      footer="Forgot your password? Ask an administrator to set a temporary one."
    >
      {setupNeeded && (
        <Alert color="blue" variant="light" title="No administrator yet">
          Open the setup link the server printed in its terminal (it ends in <code>/setup?token=…</code>) to create the first
          administrator.
        </Alert>
      )}
      <SignInForm redirect={redirect} />
    </StandalonePage>
  );
}
