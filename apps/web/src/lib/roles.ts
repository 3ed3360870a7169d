import type { Role } from "@circle/validators";
import { ROLES } from "@circle/validators/vocabulary";

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator",
  FACILITATOR: "Facilitator",
  STAFF: "Staff",
};

export const ROLE_COLORS: Record<Role, string> = {
  ADMIN: "grape",
  FACILITATOR: "circle",
  STAFF: "blue",
};

export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

export const EVERY_ROLE: readonly Role[] = ROLES;
