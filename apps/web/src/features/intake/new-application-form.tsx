import { Alert, Button, Group, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { revealErrors } from "../../lib/form-errors.ts";
import { newIdempotencyKey } from "../../lib/forms/idempotency-key.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ApplicantFields } from "./applicant-fields.tsx";
import { applicationErrors } from "./application-errors.ts";
import { type ApplicationValues, blankApplication, toRecordApplicationInput, validateApplication } from "./application-values.ts";
import { FormSection } from "./form-section.tsx";
import { ProgramChoiceFields } from "./program-choice-fields.tsx";
import { ReferralSourceFields } from "./referral-source-fields.tsx";
import { ScreeningAnswerFields } from "./screening-answer-fields.tsx";
import { usePossibleDuplicates } from "./use-possible-duplicates.ts";

export function NewApplicationForm({ programId }: { programId?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ApplicationValues>({ mode: "controlled", initialValues: blankApplication(programId) });
  const questions = useQuery({
    ...trpc.intake.questions.queryOptions({ programId: form.values.programId }),
    enabled: Boolean(form.values.programId),
  });
  const duplicates = usePossibleDuplicates(form.values.newMember, form.values.applicantMode === "new");
  const record = useMutation(trpc.intake.record.mutationOptions());
  // One key for this opened form: a double click or a retry records the application once.
  const [idempotencyKey] = useState(newIdempotencyKey);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    setFailure(null);
    const asked = questions.data ?? [];
    const errors = validateApplication(form.values, asked, (duplicates.data?.length ?? 0) > 0);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) {
      revealErrors(formElement);
      return;
    }
    const input = { ...toRecordApplicationInput(form.values, asked), idempotencyKey };
    record.mutate(input, {
      onSuccess: async (application) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.intake.queue.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.intake.waiting.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() }),
        ]);
        notifications.show({
          color: application.riskFlagged ? "red" : "green",
          title: "Application recorded",
          message: application.riskFlagged
            ? "A risk indicator flagged it: acknowledge the flag with a note before accepting."
            : "It is in the intake queue.",
        });
        await navigate({ to: "/intake/$applicationId", params: { applicationId: application.id } });
      },
      onError: (error) => {
        const { fields, message } = applicationErrors(
          error,
          input.answers.map((answer) => answer.questionId),
        );
        form.setErrors(fields);
        setFailure(message);
        revealErrors(formElement);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={920}>
        {failure && (
          <Alert color="red" variant="light" role="alert" title="The application was not recorded">
            {failure}
          </Alert>
        )}
        <FormSection title="Program">
          <ProgramChoiceFields form={form} />
        </FormSection>
        <FormSection
          title="Applicant"
          description="Keep only what the work needs. Names, email and phone are checked against the members already on record."
        >
          <ApplicantFields form={form} duplicates={duplicates} />
        </FormSection>
        <FormSection title="Referral">
          <ReferralSourceFields form={form} />
        </FormSection>
        <FormSection
          title="Screening"
          description="Ask each question as written. Answers the program marks as risk indicators flag the application for review."
        >
          <ScreeningAnswerFields form={form} />
        </FormSection>
        <FormSection title="Intake notes">
          <Textarea
            label="Notes"
            description="What the person said about their situation and what they hope for. Visible to administrators, and to the cohort's facilitators once they join."
            autosize
            minRows={3}
            maxRows={12}
            {...form.getInputProps("intakeNotes")}
          />
        </FormSection>
        <Group justify="flex-end">
          <Button variant="default" component={Link} to="/intake">
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Record application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
