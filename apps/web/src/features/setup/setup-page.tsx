import { Alert } from "@mantine/core";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ButtonLink } from "../../components/button-link.tsx";
import { StandalonePage } from "../../components/standalone-page.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import { FirstAdministratorForm } from "./first-administrator-form.tsx";

/** The first screen of a new installation: the setup link the server printed opens it. */
export function SetupPage({ token }: { token: string | undefined }) {
  const trpc = useTRPC();
  const { data: status } = useSuspenseQuery(trpc.setup.status.queryOptions({ token }));
  return (
    <StandalonePage
      title="Set up Circle"
      description="Create the first administrator. They can then add programs, cohorts and the people who work with them."
      width={440}
    >
      {!status.needed ? (
        <>
          <Alert color="blue" variant="light" title="Circle is set up">
            An administrator exists, so this link has been used. Sign in with your account.
          </Alert>
          <ButtonLink to="/sign-in" search={{}} fullWidth>
            Go to sign-in
          </ButtonLink>
        </>
      ) : status.linkValid && token ? (
        <FirstAdministratorForm token={token} />
      ) : (
        <Alert color="red" variant="light" role="alert" title="This setup link is not valid">
          Open the link the server printed in its terminal when it started (it ends in <code>/setup?token=…</code>). Restarting
          the server prints a new one.
        </Alert>
      )}
    </StandalonePage>
  );
}
