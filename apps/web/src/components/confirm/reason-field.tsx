import { Textarea } from "@mantine/core";
import type { ReactNode } from "react";

export interface ReasonFieldProps {
  label?: string;
  description?: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  /** takes the focus when its dialog opens (off where another field comes first) */
  autoFocus?: boolean;
}

/** Why a change is made: kept in the history beside who made it and when. */
export function ReasonField({
  label = "Reason",
  description = "Kept in the history with your name and the time.",
  required = true,
  value,
  onChange,
  error,
  autoFocus = true,
}: ReasonFieldProps) {
  return (
    <Textarea
      label={label}
      description={description}
      required={required}
      autosize
      minRows={2}
      maxRows={6}
      data-autofocus={autoFocus || undefined}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
