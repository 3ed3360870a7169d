import { Button, EmptyState, Group } from "@mantine/core";
import { IconClipboardList, IconClipboardPlus } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";

export function IntakeEmpty({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  return (
    <EmptyState
      py="xl"
      icon={<IconClipboardList size={28} aria-hidden />}
      withIndicatorBackground
      title={filtered ? "No applications match these filters" : "No applications yet"}
      description={
        filtered
          ? "Try a different search, or clear the filters to see the whole queue."
          : "When someone asks to join a program, record their application here: screening answers, referral source and notes."
      }
    >
      <EmptyState.Actions>
        <Group justify="center">
          {filtered && (
            <Button variant="default" onClick={onClearFilters}>
              Clear filters
            </Button>
          )}
          <Button component={Link} to="/intake/new" leftSection={<IconClipboardPlus size={18} aria-hidden />}>
            Record application
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
