import { Alert, Box, Text } from "@mantine/core";
import { IconKey } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { forgetHandover, peekHandover } from "./handover.ts";
import { PasswordToPassOn } from "./password-to-pass-on.tsx";

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
      <Box mt="sm">
        <PasswordToPassOn password={password} />
      </Box>
    </Alert>
  );
}
