import { AppShell, Burger, Group, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Outlet } from "@tanstack/react-router";
import { useMe } from "../../lib/session/use-me.ts";
import { AccountSummary } from "./account-summary.tsx";
import { Brand } from "./brand.tsx";
import { MainNavigation } from "./main-navigation.tsx";
import classes from "./navigation-scroll.module.css";
import { SkipLink } from "./skip-link.tsx";
import { useFocusMainOnNavigation } from "./use-focus-main-on-navigation.ts";

/** Header, role-filtered navigation and the page; the burger takes over on small screens. */
export function AppFrame() {
  const me = useMe();
  useFocusMainOnNavigation();
  const [navigationOpen, navigation] = useDisclosure(false);
  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 248, breakpoint: "md", collapsed: { mobile: !navigationOpen } }}
        padding={{ base: "md", md: "xl" }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navigationOpen}
                onClick={navigation.toggle}
                hiddenFrom="md"
                size="sm"
                aria-label={navigationOpen ? "Close navigation" : "Open navigation"}
                aria-expanded={navigationOpen}
                aria-controls="main-navigation"
              />
              <Brand />
            </Group>
            <AccountSummary name={me.name} role={me.role} />
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id="main-navigation" p="sm">
          <AppShell.Section grow className={classes.scroll}>
            {me.mustChangePassword ? (
              <Text size="sm" c="dimmed" p="sm">
                Choose a new password to continue. The rest of Circle opens once it is saved.
              </Text>
            ) : (
              <MainNavigation role={me.role} onNavigate={navigation.close} />
            )}
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="main" tabIndex={-1} bg="gray.0" style={{ outline: "none" }}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
