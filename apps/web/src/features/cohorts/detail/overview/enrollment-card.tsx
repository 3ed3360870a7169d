import { Badge, Group, Progress, Stack, Text } from "@mantine/core";
import { SectionCard } from "../../../../components/section-card.tsx";
import { formatDate } from "../../../../lib/format.ts";
import { joinRuleInWords } from "../../../programs/program-labels.ts";
import type { Cohort } from "../../types.ts";
import { Fact, FactTable } from "../fact-table.tsx";

export function EnrollmentCard({ cohort }: { cohort: Cohort }) {
  const enrolled = cohort._count.enrollments;
  const under = enrolled < cohort.minimumEnrollment;
  return (
    <SectionCard title="Enrollment">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={700} fz={28} lh={1.2}>
            {enrolled}
            <Text span c="dimmed" fz="md" fw={500}>
              {" "}
              of {cohort.capacity} seats
            </Text>
          </Text>
          {under && (
            <Badge color="orange" variant="light" radius="sm">
              Under minimum
            </Badge>
          )}
          {enrolled >= cohort.capacity && (
            <Badge color="gray" variant="light" radius="sm">
              Full
            </Badge>
          )}
        </Group>
        <Progress
          value={Math.min(100, (enrolled / cohort.capacity) * 100)}
          color={under ? "orange" : "circle"}
          aria-label={`${enrolled} of ${cohort.capacity} seats taken`}
        />
      </Stack>
      <FactTable>
        <Fact label="Minimum">Runs with at least {cohort.minimumEnrollment}</Fact>
        <Fact label="Joining">
          {cohort.enrollmentLocked ? (
            <>
              <Badge color="gray" variant="light" radius="sm" mr={6}>
                Closed
              </Badge>
              Session {cohort.joinUntilSession} has been held; no one joins now.
            </>
          ) : (
            <>
              <Badge color="green" variant="light" radius="sm" mr={6}>
                Open
              </Badge>
              {joinRuleInWords(cohort.joinUntilSession)} {cohort.heldSessions} held so far.
            </>
          )}
        </Fact>
        {cohort.goConfirmedAt && <Fact label="Go decision">Confirmed to run on {formatDate(cohort.goConfirmedAt)}</Fact>}
      </FactTable>
    </SectionCard>
  );
}
