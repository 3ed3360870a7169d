import { recordApplicationInput } from "@circle/validators";
import { Button, Group, Stack, Textarea } from "@mantine/core";
import type { FormErrors } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { FormSection } from "../../components/form-section.tsx";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { ScreeningQuestion } from "../screening/types.ts";
import { ApplicantFields } from "./applicant-fields.tsx";
import { applicationFieldFor } from "./application-errors.ts";
import { blankApplication, toRecordApplicationInput, validateApplication } from "./application-values.ts";
import { ProgramChoiceFields } from "./program-choice-fields.tsx";
import { ReferralSourceFields } from "./referral-source-fields.tsx";
import { ScreeningAnswerFields } from "./screening-answer-fields.tsx";
import { usePossibleDuplicates } from "./use-possible-duplicates.ts";

export function NewApplicationForm({ programId }: { programId?: string }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: blankApplication(programId),
    schema: recordApplicationInput,
    toInput: (values, { idempotencyKey }) => ({ ...toRecordApplicationInput(values, asked), idempotencyKey }),
    validate: (values): FormErrors => validateApplication(values, asked, (duplicates.data?.length ?? 0) > 0),
    fieldFor: (path: string): string | null =>
      applicationFieldFor(toRecordApplicationInput(form.getValues(), asked).answers.map((answer) => answer.questionId))(path),
    mutation: trpc.intake.record.mutationOptions(),
    // The queue, the home count and the members table.
    invalidates: [trpc.intake, trpc.members],
    onSuccess: async (application) => {
      notifications.show({
        color: application.riskFlagged ? "red" : "green",
        title: "Application recorded",
        message: application.riskFlagged
          ? "A risk indicator flagged it: acknowledge the flag with a note before accepting."
          : "It is in the intake queue.",
      });
      await navigate({ to: "/intake/$applicationId", params: { applicationId: application.id } });
    },
  });
  const questions = useQuery({
    ...trpc.intake.questions.queryOptions({ programId: form.values.programId }),
    enabled: Boolean(form.values.programId),
  });
  const asked: ScreeningQuestion[] = questions.data ?? [];
  const duplicates = usePossibleDuplicates(form.values.newMember, form.values.applicantMode === "new");

  return (
    <form {...formProps}>
      <Stack gap="lg" maw={920}>
        <FormFailure title="The application was not recorded" failure={failure} />
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
          <Button type="submit" loading={pending}>
            Record application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
