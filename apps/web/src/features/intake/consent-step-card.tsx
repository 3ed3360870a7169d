import { Stack, Text } from "@mantine/core";
import { SectionCard } from "../../components/section-card.tsx";
import { ConsentStep } from "./consent-step.tsx";
import type { Application } from "./types.ts";

/** A facilitator's part after acceptance: collect consent (an administrator then enrolls). */
export function ConsentStepCard({ application }: { application: Application }) {
  return (
    <SectionCard title="Accepted: consent before session 1">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          No one joins without current consent. Once it is recorded, an administrator enrolls them in the cohort.
        </Text>
        <ConsentStep application={application} />
      </Stack>
    </SectionCard>
  );
}
