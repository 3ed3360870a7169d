import { Group, Input, Pill, Text } from "@mantine/core";
import { formatIsoDay } from "../../../lib/calendar-days.ts";

interface SkipDatesProps {
  dates: string[];
  onRemove: (date: string) => void;
}

/** The dates with no session (holidays, closures); each is chosen from the preview. */
export function SkipDates({ dates, onRemove }: SkipDatesProps) {
  return (
    <Input.Wrapper
      label="Dates to skip"
      description="Use the skip button beside a session in the preview, e.g. for a holiday; the sessions after it move on a week."
    >
      {dates.length === 0 ? (
        <Text size="sm" c="dimmed" mt={6}>
          None: every week on the chosen day.
        </Text>
      ) : (
        <Group gap="xs" mt={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {[...dates].sort().map((date) => (
            <li key={date}>
              <Pill
                size="md"
                withRemoveButton
                onRemove={() => onRemove(date)}
                removeButtonProps={{ "aria-label": `Hold a session on ${formatIsoDay(date)} again` }}
              >
                {formatIsoDay(date)}
              </Pill>
            </li>
          ))}
        </Group>
      )}
    </Input.Wrapper>
  );
}
