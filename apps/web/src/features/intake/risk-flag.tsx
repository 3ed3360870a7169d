import { Group, Text } from "@mantine/core";
import { IconFlagCheck, IconFlagFilled } from "@tabler/icons-react";

interface RiskFlagProps {
  flagged: boolean;
  acknowledged: boolean;
}

/** An unacknowledged flag is red and says so; an acknowledged one stays visible but quiet. */
export function RiskFlag({ flagged, acknowledged }: RiskFlagProps) {
  if (!flagged) {
    return (
      <Text span size="sm" c="dimmed">
        None
      </Text>
    );
  }
  if (acknowledged) {
    return (
      <Group gap={4} wrap="nowrap" c="dimmed">
        <IconFlagCheck size={16} aria-hidden />
        <Text span size="sm">
          Acknowledged
        </Text>
      </Group>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" c="red.8">
      <IconFlagFilled size={16} aria-hidden />
      <Text span size="sm" fw={700}>
        Risk flag
      </Text>
    </Group>
  );
}
