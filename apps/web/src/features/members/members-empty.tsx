import { Button, EmptyState, Group } from "@mantine/core";
import { IconUsersGroup } from "@tabler/icons-react";

export function MembersEmpty({ filtered, onClearSearch }: { filtered: boolean; onClearSearch: () => void }) {
  return (
    <EmptyState
      py="xl"
      icon={<IconUsersGroup size={28} aria-hidden />}
      withIndicatorBackground
      title={filtered ? "No member matches this search" : "No members yet"}
      description={
        filtered
          ? "Try another name or email, or clear the search to see everyone you can."
          : "People become members when an application is recorded for them in Intake."
      }
    >
      {filtered && (
        <EmptyState.Actions>
          <Group justify="center">
            <Button variant="default" onClick={onClearSearch}>
              Clear search
            </Button>
          </Group>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
