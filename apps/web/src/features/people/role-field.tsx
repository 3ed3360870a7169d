import type { Role } from "@circle/validators";
import { Radio, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { ROLE_LABELS } from "../../lib/roles.ts";

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  // What each role does in Circle today: keep these true as features land or change.
  ADMIN:
    "Works the intake queue, sets up programs and cohorts, keeps consent on file, manages accounts and settings. Sees everything.",
  FACILITATOR:
    "Runs their own cohorts: attendance and session notes, follow-ups and referrals for their members, interviews and consent for people joining them.",
  STAFF:
    "Runs and exports the attendance, participation, intake and referral reports. Sees no screening answers, member records or notes.",
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
