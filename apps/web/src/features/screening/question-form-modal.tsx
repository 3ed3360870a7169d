import { addScreeningQuestionInput, SCREENING_QUESTION_KINDS, updateScreeningQuestionInput } from "@circle/validators";
import { Checkbox, Divider, Grid, Group, NativeSelect, NumberInput, Textarea, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { FormDialog } from "../../lib/forms/form-dialog.tsx";
import { type CommandForm, useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { OptionsEditor } from "./options-editor.tsx";
import { type QuestionValues, questionFieldFor, questionValues, toQuestionFields } from "./question-values.ts";
import { RiskFields } from "./risk-fields.tsx";
import { QUESTION_KIND_LABELS } from "./screening-labels.ts";
import type { ScreeningQuestion } from "./types.ts";

/** Adds a screening question at the end. Mounted only while open, so each opening starts fresh. */
export function AddQuestionModal({ programId, onClose }: { programId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: questionValues(),
    schema: addScreeningQuestionInput,
    toInput: (values) => ({ programId, question: toQuestionFields(values) }),
    fieldFor: questionFieldFor,
    mutation: trpc.intake.addQuestion.mutationOptions(),
    invalidates: [trpc.intake],
    onSuccess: () => {
      notifications.show({ color: "green", message: "Question added" });
      onClose();
    },
  });
  return <QuestionDialog title="Add a screening question" submitLabel="Add question" command={command} onClose={onClose} />;
}

/** Edits one screening question. Mounted only while open, so each opening starts from its saved values. */
export function EditQuestionModal({ question, onClose }: { question: ScreeningQuestion; onClose: () => void }) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: questionValues(question),
    schema: updateScreeningQuestionInput,
    toInput: (values) => ({ questionId: question.id, question: toQuestionFields(values) }),
    fieldFor: questionFieldFor,
    mutation: trpc.intake.updateQuestion.mutationOptions(),
    invalidates: [trpc.intake],
    onSuccess: () => {
      notifications.show({ color: "green", message: "Question saved" });
      onClose();
    },
  });
  return <QuestionDialog title="Edit question" submitLabel="Save question" command={command} onClose={onClose} />;
}

interface QuestionDialogProps {
  title: string;
  submitLabel: string;
  command: CommandForm & { form: UseFormReturnType<QuestionValues> };
  onClose: () => void;
}

function QuestionDialog({ title, submitLabel, command, onClose }: QuestionDialogProps) {
  const { form } = command;
  const kind = form.values.kind;
  return (
    <FormDialog onClose={onClose} title={title} size="xl" command={command} failureTitle="Not saved" submitLabel={submitLabel}>
      <Textarea label="Question" required autosize minRows={2} maxRows={5} data-autofocus {...form.getInputProps("prompt")} />
      <Grid gap="md" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <NativeSelect
            label="Kind of answer"
            data={SCREENING_QUESTION_KINDS.map((value) => ({ value, label: QUESTION_KIND_LABELS[value] }))}
            {...form.getInputProps("kind")}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Checkbox label="An answer is required" {...form.getInputProps("required", { type: "checkbox" })} mb={8} />
        </Grid.Col>
      </Grid>
      {(kind === "SINGLE_CHOICE" || kind === "MULTIPLE_CHOICE") && <OptionsEditor form={form} />}
      {kind === "SCALE" && (
        <Group gap="md" align="flex-start">
          <NumberInput label="Lowest" allowDecimal={false} min={0} max={10} w={140} {...form.getInputProps("scaleMin")} />
          <NumberInput label="Highest" allowDecimal={false} min={1} max={100} w={140} {...form.getInputProps("scaleMax")} />
        </Group>
      )}
      <Divider />
      <Title order={3} fz="h6">
        Risk indicators
      </Title>
      <RiskFields form={form} />
    </FormDialog>
  );
}
