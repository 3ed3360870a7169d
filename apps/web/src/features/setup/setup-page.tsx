import { Alert, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Brand } from "../../components/app-frame/brand.tsx";
import { ButtonLink } from "../../components/button-link.tsx";
import { useDocumentTitle } from "../../lib/document-title.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { FirstAdministratorForm } from "./first-administrator-form.tsx";

/** The first screen of a new installation: the setup link the server printed opens it. */
export function SetupPage({ token }: { token: string | undefined }) {
  useDocumentTitle("Set up Circle");
  const trpc = useTRPC();
  const { data: status } = useSuspenseQuery(trpc.setup.status.queryOptions({ token }));
  return (
    <Center component="main" id="main" mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={440} gap="lg">
        <Center>
          <Brand />
        </Center>
        <Paper withBorder shadow="sm" p="xl">
          <Stack gap="lg">
            <div>
              <Title order={1} fz="h2">
                Set up Circle
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                Create the first administrator. They can then add programs, cohorts and the people who work with them.
              </Text>
            </div>
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
                Open the link the server printed in its terminal when it started (it ends in <code>/setup?token=…</code>).
                Restarting the server prints a new one.
              </Alert>
            )}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
