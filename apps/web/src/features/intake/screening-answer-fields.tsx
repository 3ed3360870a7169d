import { Alert, Skeleton, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../components/error-state.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import type { ApplicationValues } from "./application-values.ts";
import { ScreeningAnswerField } from "./screening-answer-field.tsx";

/** The chosen program's screening questions, in order. */
export function ScreeningAnswerFields({ form }: { form: UseFormReturnType<ApplicationValues> }) {
  const trpc = useTRPC();
  const programId = form.values.programId;
  const questions = useQuery({ ...trpc.intake.questions.queryOptions({ programId }), enabled: Boolean(programId) });

  if (!programId) {
    return (
      <Text size="sm" c="dimmed">
        Choose a program first: its screening questions appear here.
      </Text>
    );
  }
  if (questions.error) return <ErrorState error={questions.error} onRetry={() => void questions.refetch()} />;
  if (!questions.data) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading screening questions">
        <Skeleton height={16} width="60%" />
        <Skeleton height={36} />
        <Skeleton height={16} width="50%" />
      </Stack>
    );
  }
  if (questions.data.length === 0) {
    return (
      <Alert variant="light" color="blue">
        This program has no screening questions yet. Administrators add them on the program's screening page.
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      {questions.data.map((question, index) => (
        <ScreeningAnswerField
          key={question.id}
          question={question}
          number={index + 1}
          value={form.values.answers[question.id] ?? null}
          onChange={(value) => form.setFieldValue(`answers.${question.id}`, value)}
          error={form.errors[`answers.${question.id}`]}
        />
      ))}
    </Stack>
  );
}
