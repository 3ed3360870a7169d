import { Button, type ButtonProps } from "@mantine/core";
import { type ReactNode, useState } from "react";

interface DoubleCheckButtonProps extends Omit<ButtonProps, "children"> {
  /** the first label, e.g. "Remove" */
  children: ReactNode;
  /** the second label, shown once armed */
  confirmLabel?: ReactNode;
  /** names the button for screen readers when its label is an icon or too short alone */
  "aria-label"?: string;
  onConfirm: () => void;
}

/**
 * A two-click button for a small removal in place: the first click arms it (its label asks to
 * confirm), the second does it; leaving the button or Escape disarms it. Bigger changes, or
 * ones that need words of explanation, take a `ConfirmDialog`.
 */
export function DoubleCheckButton({
  children,
  confirmLabel = "Click again to confirm",
  onConfirm,
  "aria-label": ariaLabel,
  ...button
}: DoubleCheckButtonProps) {
  const [armed, setArmed] = useState(false);
  return (
    <Button
      {...button}
      aria-label={armed ? undefined : ariaLabel}
      aria-live="polite"
      onClick={() => {
        if (!armed) return setArmed(true);
        setArmed(false);
        onConfirm();
      }}
      onBlur={() => setArmed(false)}
      onKeyDown={(event) => {
        if (event.key === "Escape") setArmed(false);
      }}
    >
      {armed ? confirmLabel : children}
    </Button>
  );
}
