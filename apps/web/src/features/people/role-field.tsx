import type { Role } from "@circle/validators";
import { Radio, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { ROLE_LABELS } from "../../lib/roles.ts";

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: "Reviews intake, sets up programs and cohorts, manages accounts. Sees everything.",
  FACILITATOR: "Runs their own cohorts: sessions, attendance, follow-ups and referrals for their members.",
  STAFF: "Produces attendance and participation reports. Sees no screening answers or referral notes.",
};

interface RoleFieldProps {
  value: Role;
  onChange: (role: Role) => void;
  error?: ReactNode;
  label?: string;
}

export function RoleField({ value, onChange, error, label = "Role" }: RoleFieldProps) {
  return (
    <Radio.Group label={label} value={value} onChange={(next) => onChange(next as Role)} error={error} required>
      <Stack gap="sm" mt="xs">
        {(Object.keys(ROLE_LABELS) as Role[]).map((role) => (
          <Radio key={role} value={role} label={ROLE_LABELS[role]} description={ROLE_DESCRIPTIONS[role]} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
