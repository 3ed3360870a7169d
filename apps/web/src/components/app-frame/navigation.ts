import type { Role } from "@circle/validators";
import {
  type Icon,
  IconAddressBook,
  IconArrowsExchange,
  IconBooks,
  IconCalendarWeek,
  IconChartBar,
  IconClipboardList,
  IconFileCertificate,
  IconHome,
  IconLifebuoy,
  IconSettings,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
} from "@tabler/icons-react";
import type { LinkProps } from "@tanstack/react-router";
import { EVERY_ROLE } from "../../lib/roles.ts";

export interface NavigationItem {
  label: string;
  to: NonNullable<LinkProps["to"]>;
  icon: Icon;
  /** who sees it; the page itself and the server check again */
  roles: readonly Role[];
}

// One line per area. Order is the order in the navbar.
export const NAVIGATION: readonly NavigationItem[] = [
  { label: "Home", to: "/", icon: IconHome, roles: EVERY_ROLE },
  { label: "Sessions", to: "/sessions", icon: IconCalendarWeek, roles: EVERY_ROLE },
  { label: "Cohorts", to: "/cohorts", icon: IconUsersGroup, roles: EVERY_ROLE },
  { label: "Programs", to: "/programs", icon: IconBooks, roles: EVERY_ROLE },
  { label: "Intake", to: "/intake", icon: IconClipboardList, roles: ["ADMIN", "FACILITATOR"] },
  { label: "Members", to: "/members", icon: IconAddressBook, roles: ["ADMIN", "FACILITATOR"] },
  { label: "Referrals", to: "/referrals", icon: IconArrowsExchange, roles: ["ADMIN", "FACILITATOR"] },
  { label: "Resources", to: "/resources", icon: IconLifebuoy, roles: EVERY_ROLE },
  { label: "Reports", to: "/reports", icon: IconChartBar, roles: EVERY_ROLE },
  { label: "Consent", to: "/consent", icon: IconFileCertificate, roles: ["ADMIN"] },
  { label: "People", to: "/people", icon: IconUsers, roles: ["ADMIN"] },
  { label: "Settings", to: "/settings", icon: IconSettings, roles: ["ADMIN"] },
  { label: "My account", to: "/account", icon: IconUserCircle, roles: EVERY_ROLE },
];

export function navigationFor(role: Role): NavigationItem[] {
  return NAVIGATION.filter((item) => item.roles.includes(role));
}
