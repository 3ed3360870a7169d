import { ActionIcon, Button, CopyButton, Group, TextInput, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy, IconRefresh } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { generateTemporaryPassword } from "./temporary-password.ts";

interface TemporaryPasswordInputProps {
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  onBlur?: () => void;
}

/** Shown in clear text on purpose: the admin has to pass it on to the person. */
export function TemporaryPasswordInput({ value, onChange, error, onBlur }: TemporaryPasswordInputProps) {
  return (
    <TextInput
      label="Temporary password"
      description="At least 12 characters. They choose their own password when they first sign in."
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      error={error}
      autoComplete="off"
      spellCheck={false}
      required
      styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
      inputContainer={(input) => (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <div style={{ flex: 1 }}>{input}</div>
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => onChange(generateTemporaryPassword())}
          >
            Generate
          </Button>
        </Group>
      )}
      rightSection={
        value ? (
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? "Copied" : "Copy"} withArrow>
                <ActionIcon
                  variant="subtle"
                  color={copied ? "green" : "gray"}
                  onClick={copy}
                  aria-label={copied ? "Temporary password copied" : "Copy temporary password"}
                >
                  {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        ) : null
      }
    />
  );
}
