import { Alert, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Brand } from "../../components/app-frame/brand.tsx";
import { useDocumentTitle } from "../../lib/document-title.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { SignInForm } from "./sign-in-form.tsx";

export function SignInPage() {
  useDocumentTitle("Sign in");
  const trpc = useTRPC();
  const setup = useQuery(trpc.setup.status.queryOptions({}));
  return (
    <Center component="main" id="main" mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={400} gap="lg">
        <Center>
          <Brand />
        </Center>
        <Paper withBorder shadow="sm" p="xl">
          <Stack gap="lg">
            <div>
              <Title order={1} fz="h2">
                Sign in
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                The dashboard for your programs, cohorts and sessions.
              </Text>
            </div>
            {setup.data?.needed && (
              <Alert color="blue" variant="light" title="No administrator yet">
                Open the setup link the server printed in its terminal (it ends in <code>/setup?token=…</code>) to create the
                first administrator.
              </Alert>
            )}
            <SignInForm />
          </Stack>
        </Paper>
        <Text c="dimmed" size="xs" ta="center">
          Forgot your password? Ask an administrator to set a temporary one.
        </Text>
      </Stack>
    </Center>
  );
}
