import { Button, EmptyState, Group } from "@mantine/core";
import { IconUserPlus, IconUsers } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";

export function PeopleEmpty({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  return (
    <EmptyState
      py="xl"
      icon={<IconUsers size={28} aria-hidden />}
      withIndicatorBackground
      title={filtered ? "No one matches these filters" : "No people yet"}
      description={
        filtered
          ? "Try a different search, or clear the filters to see everyone."
          : "Create an account for each administrator, facilitator and staff member who needs Circle."
      }
    >
      <EmptyState.Actions>
        <Group justify="center">
          {filtered && (
            <Button variant="default" onClick={onClearFilters}>
              Clear filters
            </Button>
          )}
          <Button component={Link} to="/people/new" leftSection={<IconUserPlus size={18} aria-hidden />}>
            Create person
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
