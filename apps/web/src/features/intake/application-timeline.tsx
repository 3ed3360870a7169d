import { Text, Timeline } from "@mantine/core";
import { IconCalendarEvent, IconFlagCheck, IconFlagFilled, IconMessage, IconPoint, IconThumbUp } from "@tabler/icons-react";
import { SectionCard } from "../../components/section-card.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { type TimelineKind, timelineEvents } from "./timeline-events.ts";
import type { Application } from "./types.ts";

const ICONS: Record<TimelineKind, typeof IconPoint> = {
  status: IconPoint,
  "risk-raised": IconFlagFilled,
  "risk-note": IconMessage,
  "risk-acknowledged": IconFlagCheck,
  interview: IconCalendarEvent,
  recommendation: IconThumbUp,
};

const COLORS: Record<TimelineKind, string | undefined> = {
  status: undefined,
  "risk-raised": "red",
  "risk-note": "red",
  "risk-acknowledged": "gray",
  interview: "violet",
  recommendation: undefined,
};

/** Who did what, when, and why: the application's whole history. */
export function ApplicationTimeline({ application }: { application: Application }) {
  const events = timelineEvents(application);
  const reached = events.filter((event) => !event.upcoming).length - 1;
  return (
    <SectionCard title="Timeline">
      <Timeline active={reached} bulletSize={24} lineWidth={2} role="list" aria-label="Application timeline">
        {events.map((event) => {
          const Icon = ICONS[event.kind];
          return (
            <Timeline.Item
              key={event.key}
              role="listitem"
              bullet={<Icon size={14} aria-hidden />}
              color={COLORS[event.kind]}
              title={
                <Text size="sm" fw={600}>
                  {event.title}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(event.at)}
                {event.by ? ` · ${event.by}` : ""}
              </Text>
              {event.detail && (
                <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap" }}>
                  {event.detail}
                </Text>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </SectionCard>
  );
}
