import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { Suspense, useState } from "react";
import { lazyComponent } from "../../../lib/lazy-component.ts";
import { memberName } from "../../../lib/member-name.ts";
import { formatRate } from "../attendance-labels.ts";
import type { FollowUp } from "../types.ts";

// The list is on the facilitator's home: its dialogs (forms, schemas, pickers) load when opened.
const FollowUpDialog = lazyComponent(() => import("./follow-up-dialog.tsx").then((m) => m.FollowUpDialog));
const ReferralFormDialog = lazyComponent(() =>
  import("../../referrals/referral-form-dialog.tsx").then((m) => m.ReferralFormDialog),
);

/**
 * Members to follow up: absences in a row, the last one, their rate. Each row ends with its
 * actions (record a follow-up; more can join them there).
 */
export function FollowUpList({ followUps, withCohort }: { followUps: FollowUp[]; withCohort?: boolean }) {
  const [open, setOpen] = useState<FollowUp | null>(null);
  const [referring, setReferring] = useState<FollowUp | null>(null);
  if (followUps.length === 0) return <Text c="dimmed">No one to follow up.</Text>;
  return (
    <>
      <Stack gap="xs" component="ul" aria-label="Members to follow up" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {followUps.map((f) => {
          const name = memberName(f.member);
          return (
            <Group key={f.enrollmentId} component="li" justify="space-between" wrap="wrap" gap="xs" data-testid="follow-up-row">
              <Stack gap={0}>
                <Group gap={6}>
                  <Text fw={600}>{name}</Text>
                  {f.atRisk && (
                    <Badge size="xs" color="red.9">
                      At risk
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {f.consecutiveAbsences} absences in a row
                  {f.lastAbsence ? `, last on ${f.lastAbsence.date} (session ${f.lastAbsence.number})` : ""} · rate{" "}
                  {formatRate(f.rate)}
                  {withCohort && (
                    <>
                      {" · "}
                      <Link to="/cohorts/$cohortId/progress" params={{ cohortId: f.cohort.id }}>
                        {f.cohort.name}
                      </Link>
                    </>
                  )}
                </Text>
              </Stack>
              <Group gap="xs" data-slot="follow-up-actions">
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => setOpen(f)}
                  {...FollowUpDialog.preloadProps}
                  aria-label={`Record follow-up for ${name}`}
                >
                  Record follow-up
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => setReferring(f)}
                  {...ReferralFormDialog.preloadProps}
                  aria-label={`Refer ${name}`}
                >
                  Refer
                </Button>
              </Group>
            </Group>
          );
        })}
      </Stack>
      <Suspense fallback={null}>
        {open && <FollowUpDialog followUp={open} onClose={() => setOpen(null)} />}
        {referring && (
          <ReferralFormDialog
            member={{ id: referring.member.id, name: memberName(referring.member) }}
            cohortId={referring.cohort.id}
            onClose={() => setReferring(null)}
          />
        )}
      </Suspense>
    </>
  );
}
