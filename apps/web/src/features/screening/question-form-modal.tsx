import { SCREENING_QUESTION_KINDS, screeningQuestionFields } from "@circle/validators";
import {
  Alert,
  Button,
  Checkbox,
  Divider,
  Grid,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Textarea,
  Title,
} from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { ScreeningQuestion } from "../intake/types.ts";
import { OptionsEditor } from "./options-editor.tsx";
import { type QuestionValues, questionErrors, questionValues, toQuestionFields } from "./question-values.ts";
import { RiskFields } from "./risk-fields.tsx";
import { QUESTION_KIND_LABELS } from "./screening-labels.ts";

const validateFields = schemaResolver(screeningQuestionFields, { sync: true });

interface QuestionFormModalProps {
  programId: string;
  /** the question to edit; absent to add one at the end */
  question?: ScreeningQuestion;
  onClose: () => void;
}

/** Add or edit one screening question. Mounted only while open, so each opening starts fresh. */
export function QuestionFormModal({ programId, question, onClose }: QuestionFormModalProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<QuestionValues>({
    mode: "controlled",
    initialValues: questionValues(question),
    validate: (values) => validateFields(toQuestionFields(values)),
  });
  const add = useMutation(trpc.intake.addQuestion.mutationOptions());
  const update = useMutation(trpc.intake.updateQuestion.mutationOptions());
  const kind = form.values.kind;

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      const onSuccess = async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.intake.questions.queryKey({ programId }) });
        notifications.show({ color: "green", message: question ? "Question saved" : "Question added" });
        onClose();
      };
      const onError = (error: unknown) => {
        const { fields, message } = questionErrors(error);
        form.setErrors(fields);
        setFailure(message);
        revealErrors(formElement);
      };
      const fields = toQuestionFields(values);
      if (question) update.mutate({ questionId: question.id, question: fields }, { onSuccess, onError });
      else add.mutate({ programId, question: fields }, { onSuccess, onError });
    },
    (_errors, _values, event) => revealErrors(event?.currentTarget),
  );

  return (
    <Modal opened onClose={onClose} title={question ? "Edit question" : "Add a screening question"} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              {failure}
            </Alert>
          )}
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending || update.isPending}>
              {question ? "Save question" : "Add question"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
