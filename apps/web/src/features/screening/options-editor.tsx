import { ActionIcon, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { QuestionValues } from "./question-values.ts";

const MOST_OPTIONS = 20;

/** The choices a person picks from, in the order they are offered. */
export function OptionsEditor({ form }: { form: UseFormReturnType<QuestionValues> }) {
  const options = form.values.options;
  const remove = (index: number) => {
    const removed = options[index];
    form.removeListItem("options", index);
    if (removed)
      form.setFieldValue(
        "riskAnswers",
        form.values.riskAnswers.filter((answer) => answer !== removed),
      );
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        Options
      </Text>
      {typeof form.errors.options === "string" && (
        <Text size="xs" c="red" role="alert">
          {form.errors.options}
        </Text>
      )}
      {options.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place; their text is not stable
        <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={`Option ${index + 1}`}
            placeholder={`Option ${index + 1}`}
            style={{ flex: 1 }}
            {...form.getInputProps(`options.${index}`)}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => remove(index)}
            disabled={options.length <= 2}
            aria-label={`Remove option ${index + 1}`}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => form.insertListItem("options", "")}
        disabled={options.length >= MOST_OPTIONS}
      >
        Add option
      </Button>
    </Stack>
  );
}
