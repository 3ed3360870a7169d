import { Alert, Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconUserCheck } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { formatCalendarDay } from "../../lib/format.ts";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { newIdempotencyKey } from "../../lib/forms/idempotency-key.ts";
import { useCommand } from "../../lib/forms/use-command.ts";
import { ENROLLMENT_STATUS_LABELS } from "../../lib/labels/enrollment-labels.ts";
import { memberName } from "../../lib/member-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { COHORT_STATUS_LABELS } from "../cohorts/cohort-labels.ts";
import { StepHeading } from "./step-heading.tsx";
import type { Application } from "./types.ts";
import { useCohortOptions } from "./use-cohort-options.ts";

/**
 * Step 2 after acceptance: a seat in the cohort. Every rule (consent, capacity, the enrollment
 * lock, overlapping cohorts) is the server's; its refusal is shown as it words it.
 */
export function EnrollStep({ application }: { application: Application }) {
  const trpc = useTRPC();
  const member = useQuery(trpc.members.get.queryOptions({ memberId: application.member.id }));
  const cohorts = useCohortOptions(application.cohort ? undefined : application.program.id);
  const [chosen, setChosen] = useState("");
  const { run: enroll, mutation: enrolling } = useCommand({
    mutation: trpc.enrollment.enroll.mutationOptions(),
    // The member's page and the members table, and the cohort's roster.
    invalidates: [trpc.members, trpc.enrollment],
  });
  // One key for this step: a double click or a retry enrolls once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const cohortId = application.cohort?.id ?? chosen;
  const name = memberName(application.member);

  // Their enrollment from this application, or in the cohort they applied for, whatever became of it.
  const enrollment = member.data?.enrollments.find(
    (candidate) => candidate.applicationId === application.id || candidate.cohort.id === cohortId,
  );
  if (enrollment) {
    return (
      <Stack gap="xs">
        <StepHeading number={2} done>
          Enroll
        </StepHeading>
        <Text size="sm">
          {enrollment.status === "ENROLLED" ? (
            <>
              {name} is enrolled in{" "}
              <AnchorLink to="/cohorts/$cohortId/roster" params={{ cohortId: enrollment.cohort.id }} size="sm" fw={700}>
                {enrollment.cohort.name}
              </AnchorLink>
              .
            </>
          ) : (
            <>
              {name} was enrolled in <strong>{enrollment.cohort.name}</strong>:{" "}
              {ENROLLMENT_STATUS_LABELS[enrollment.status].toLowerCase()}
              {enrollment.endedOn ? ` on ${formatCalendarDay(enrollment.endedOn)}` : ""}. See the member page for the history.
            </>
          )}
        </Text>
      </Stack>
    );
  }

  const open = (cohorts.data ?? []).filter((cohort) => cohort.status !== "COMPLETED" && cohort.status !== "CANCELLED");
  const submit = () =>
    enroll(
      { cohortId, memberId: application.member.id, applicationId: application.id, idempotencyKey },
      { onSuccess: () => notifications.show({ color: "green", message: `${name} is enrolled` }) },
    );

  return (
    <Stack gap="xs">
      <StepHeading number={2} done={false}>
        Enroll
      </StepHeading>
      <FormFailure title="Enrollment refused" failure={enrolling.error} />
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        {application.cohort ? (
          <Text size="sm" maw={460}>
            Into <strong>{application.cohort.name}</strong>, the cohort they applied for.
          </Text>
        ) : (
          <NativeSelect
            label="Cohort"
            description="They applied to the program, not a cohort"
            data={[
              { value: "", label: cohorts.isPending ? "Loading cohorts…" : "Choose a cohort" },
              ...open.map((cohort) => ({ value: cohort.id, label: `${cohort.name} (${COHORT_STATUS_LABELS[cohort.status]})` })),
            ]}
            value={chosen}
            onChange={(event) => {
              setChosen(event.currentTarget.value);
              enrolling.reset();
            }}
            w={320}
          />
        )}
        <Button
          onClick={submit}
          loading={enrolling.isPending}
          disabled={!cohortId}
          leftSection={<IconUserCheck size={18} aria-hidden />}
        >
          Enroll {application.member.preferredName || application.member.firstName}
        </Button>
      </Group>
    </Stack>
  );
}
