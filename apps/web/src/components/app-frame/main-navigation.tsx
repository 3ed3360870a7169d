import type { Role } from "@circle/validators";
import { NavLink, Stack } from "@mantine/core";
import { Link, useRouterState } from "@tanstack/react-router";
import { navigationFor } from "./navigation.ts";

function isActive(pathname: string, to: string): boolean {
  return to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`);
}

export function MainNavigation({ role, onNavigate }: { role: Role; onNavigate: () => void }) {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <nav aria-label="Main">
      <Stack gap={4}>
        {navigationFor(role).map((item) => {
          const active = isActive(pathname, item.to);
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
              active={active}
              aria-current={active ? "page" : undefined}
              onClick={onNavigate}
              variant="light"
              fw={500}
            />
          );
        })}
      </Stack>
    </nav>
  );
}
