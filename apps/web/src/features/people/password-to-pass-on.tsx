import { Button, Code, CopyButton, Group } from "@mantine/core";

/** A temporary password shown once, with a button to copy it, for the admin to pass on. */
export function PasswordToPassOn({ password }: { password: string }) {
  return (
    <Group gap="sm">
      <Code fz="md" px="sm" py={4}>
        {password}
      </Code>
      <CopyButton value={password}>
        {({ copied, copy }) => (
          <Button size="xs" variant="default" onClick={copy}>
            {copied ? "Copied" : "Copy"}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
