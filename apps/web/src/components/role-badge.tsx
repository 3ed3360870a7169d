import type { Role } from "@circle/validators";
import { Badge } from "@mantine/core";
import { ROLE_COLORS, ROLE_LABELS } from "../lib/roles.ts";

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge color={ROLE_COLORS[role]} variant="light" radius="sm">
      {ROLE_LABELS[role]}
    </Badge>
  );
}
