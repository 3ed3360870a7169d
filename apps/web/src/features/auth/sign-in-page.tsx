import { Center, Paper, Stack, Text, Title } from "@mantine/core";
import { Brand } from "../../components/app-frame/brand.tsx";
import { useDocumentTitle } from "../../lib/document-title.ts";
import { SignInForm } from "./sign-in-form.tsx";

export function SignInPage() {
  useDocumentTitle("Sign in");
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
