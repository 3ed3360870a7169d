import { Badge } from "@mantine/core";

export function StatusBadge({ active }: { active: boolean }) {
  return active ? (
    <Badge color="green" variant="dot" radius="sm">
      Active
    </Badge>
  ) : (
    <Badge color="gray" variant="outline" radius="sm">
      Inactive
    </Badge>
  );
}
