import { Alert, Button, Code, CopyButton, Group, Text } from "@mantine/core";
import { IconKey } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { forgetHandover, peekHandover } from "./handover.ts";

/** Shown once after creating an account: the password the admin must now pass on. */
export function HandoverNotice({ userId, name }: { userId: string; name: string }) {
  const [password, setPassword] = useState(() => peekHandover(userId));
  // Leaving the page ends the handover: the password is not kept anywhere after that.
  useEffect(() => () => forgetHandover(userId), [userId]);
  if (!password) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconKey aria-hidden />}
      title={`Give ${name} their temporary password`}
      withCloseButton
      closeButtonLabel="Dismiss temporary password"
      onClose={() => {
        forgetHandover(userId);
        setPassword(undefined);
      }}
    >
      <Text size="sm">
        Pass it on in person or by phone, not in the same message as their email address. They must choose a new password the
        first time they sign in. It is not shown again once you leave this page.
      </Text>
      <Group gap="sm" mt="sm">
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
    </Alert>
  );
}
