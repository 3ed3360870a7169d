import { Checkbox, Group, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { QuestionValues } from "./question-values.ts";

/** Which answers are risk indicators (per option, yes/no, or a threshold on the scale) and the risk they indicate. */
export function RiskFields({ form }: { form: UseFormReturnType<QuestionValues> }) {
  const { kind, options } = form.values;
  if (kind === "TEXT") {
    return (
      <Text size="sm" c="dimmed">
        Answers in words never raise a flag by themselves; read them when screening.
      </Text>
    );
  }
  const choices =
    kind === "YES_NO"
      ? [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]
      : options
          .map((option) => option.trim())
          .filter(Boolean)
          .map((option) => ({ value: option, label: option }));
  const flags = kind === "SCALE" ? form.values.riskAtOrAbove !== "" : form.values.riskAnswers.length > 0;
  return (
    <Stack gap="sm">
      {kind === "SCALE" ? (
        <NumberInput
          label="Flag answers at or above"
          description="Leave empty if no answer on this scale is a risk indicator"
          allowDecimal={false}
          min={form.values.scaleMin === "" ? undefined : form.values.scaleMin}
          max={form.values.scaleMax === "" ? undefined : form.values.scaleMax}
          maw={260}
          {...form.getInputProps("riskAtOrAbove")}
        />
      ) : (
        <Checkbox.Group
          label="Answers that indicate risk"
          description="An application with one of these answers is flagged and cannot be accepted until the flag is acknowledged"
          {...form.getInputProps("riskAnswers")}
        >
          {choices.length === 0 ? (
            <Text size="sm" c="dimmed" mt={6}>
              Write the options first.
            </Text>
          ) : (
            <Group gap="lg" mt={6}>
              {choices.map((choice) => (
                <Checkbox key={choice.value} value={choice.value} label={choice.label} />
              ))}
            </Group>
          )}
        </Checkbox.Group>
      )}
      <TextInput
        label="Risk it indicates"
        description="Shown on the flag, e.g. “Current thoughts of self-harm”"
        required={flags}
        maw={520}
        {...form.getInputProps("riskLabel")}
      />
    </Stack>
  );
}
