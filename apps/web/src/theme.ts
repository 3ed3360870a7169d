import {
  type BadgeProps,
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  type MantineColorsTuple,
  type ModalProps,
  type NotificationProps,
  type PasswordInputProps,
  parseThemeColor,
  type VariantColorsResolver,
} from "@mantine/core";

// A muted blue-green: calm, readable on white, and distinct from the red/orange kept for alerts.
const circle: MantineColorsTuple = [
  "#eef7f7",
  "#dcecec",
  "#b4d8d9",
  "#89c3c4",
  "#66b1b2",
  "#4fa5a6",
  "#429fa0",
  "#338a8b",
  "#267b7c",
  "#0f6b6c",
];

// A light tint's text in Mantine's own shade (even green 9) reads under 4.5:1 on the tint; the
// same hue mixed with black keeps the colour and passes WCAG AA on every badge, button and alert.
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== "light") return resolved;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return resolved;
  return { ...resolved, color: `color-mix(in srgb, var(--mantine-color-${parsed.color}-9) 65%, black)` };
};

export const theme = createTheme({
  variantColorResolver,
  primaryColor: "circle",
  primaryShade: { light: 8 },
  colors: { circle },
  defaultRadius: "md",
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji"',
  headings: { fontWeight: "650" },
  focusRing: "auto",
  cursorType: "pointer",
  // Plain objects, not `Modal.extend(…)`: naming a component here would put it (a modal with its
  // scroll lock and transitions, the password input) in the first download of every page.
  components: {
    // Sentence case reads calmer than Mantine's default capitals and keeps badges narrow.
    Badge: { defaultProps: { tt: "none", fw: 600 } satisfies BadgeProps },
    // Mantine's icon-only close buttons have no name of their own.
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Close dialog" } } satisfies Partial<ModalProps> },
    Notification: { defaultProps: { closeButtonProps: { "aria-label": "Dismiss notification" } } satisfies NotificationProps },
    // Mantine keeps the show/hide toggle out of the tab order; a keyboard user needs it too.
    PasswordInput: {
      defaultProps: {
        visibilityToggleFocusable: true,
        visibilityToggleButtonProps: { "aria-label": "Show or hide the password" },
      } satisfies PasswordInputProps,
    },
  },
});

// Mantine's dimmed text (gray 6) reads at about 3.3:1 on white and on the page's gray: below
// WCAG AA. Gray 7 keeps it secondary at about 7:1.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    // orange 8 and 9 read under 4.5:1 on white: warning text keeps the hue, darkened
    "--circle-warning-text": "color-mix(in srgb, var(--mantine-color-orange-9) 70%, black)",
  },
  dark: {},
});
