import { Divider, Stack, Text } from "@mantine/core";
import { SectionCard } from "../../components/section-card.tsx";
import { ConsentStep } from "./consent-step.tsx";
import { EnrollStep } from "./enroll-step.tsx";
import type { Application } from "./types.ts";

/** After acceptance: no enrollment without current consent, so consent comes first. */
export function AcceptedNextSteps({ application }: { application: Application }) {
  return (
    <SectionCard title="Accepted: what comes next">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          The person joins once their consent is on record and a seat is free before the enrollment lock.
        </Text>
        <ConsentStep application={application} />
        <Divider />
        <EnrollStep application={application} />
      </Stack>
    </SectionCard>
  );
}
