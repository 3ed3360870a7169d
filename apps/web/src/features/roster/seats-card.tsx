import { Badge, Group, Progress, Stack, Text } from "@mantine/core";
import { IconLock, IconLockOpen } from "@tabler/icons-react";
import { SectionCard } from "../../components/section-card.tsx";
import { lockStateText } from "./lock-state.ts";
import type { Roster } from "./types.ts";

/** Seats taken, held for waitlist offers and free; the minimum to run; whether people can still join. */
export function SeatsCard({ roster }: { roster: Roster }) {
  const { capacity, enrolled, heldForOffers, seatsLeft, minimumEnrollment } = roster;
  const percent = (n: number) => (capacity > 0 ? (n / capacity) * 100 : 0);
  const short = Math.max(minimumEnrollment - enrolled, 0);
  return (
    <SectionCard title="Seats">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text fw={700} fz="xl" lh={1.2}>
            {enrolled} of {capacity} enrolled{seatsLeft === 0 ? " · full" : ""}
          </Text>
          <Badge
            color={roster.locked ? "gray" : "green"}
            variant="light"
            radius="sm"
            size="lg"
            leftSection={roster.locked ? <IconLock size={14} aria-hidden /> : <IconLockOpen size={14} aria-hidden />}
          >
            {roster.locked ? "Enrollment closed" : "Enrollment open"}
          </Badge>
        </Group>
        <Progress.Root size={14} aria-hidden>
          <Progress.Section value={percent(enrolled)} color="circle" />
          <Progress.Section value={percent(heldForOffers)} color="yellow.5" />
        </Progress.Root>
        <Group gap="lg" wrap="wrap">
          <Legend color="var(--mantine-color-circle-8)" text={`${enrolled} enrolled`} />
          <Legend color="var(--mantine-color-yellow-5)" text={`${heldForOffers} held for waitlist offers`} />
          <Legend color="var(--mantine-color-gray-3)" text={`${seatsLeft} free`} />
        </Group>
        <Text size="sm">
          Minimum to run: {minimumEnrollment}.{" "}
          {short > 0 ? (
            <Text span c="var(--circle-warning-text)" fw={600}>
              {short} more needed.
            </Text>
          ) : (
            "Reached."
          )}
        </Text>
        <Text size="sm" fw={600}>
          {lockStateText(roster)}
        </Text>
      </Stack>
    </SectionCard>
  );
}

function Legend({ color, text }: { color: string; text: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span aria-hidden style={{ width: 10, height: 10, borderRadius: 2, background: color, display: "inline-block" }} />
      <Text size="sm">{text}</Text>
    </Group>
  );
}
