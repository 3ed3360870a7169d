import { Button, EmptyState, Group } from "@mantine/core";
import type { ReactNode } from "react";

interface ListEmptyProps {
  icon: ReactNode;
  title: string;
  description: string;
  /** whether filters or a search made the list empty: then offer to clear them */
  filtered: boolean;
  onClearFilters: () => void;
  clearLabel?: string;
  /** the next thing to do, e.g. a "Create …" link */
  action?: ReactNode;
}

/** What every table shows when it has no rows: why, and what to do next. */
export function ListEmpty({
  icon,
  title,
  description,
  filtered,
  onClearFilters,
  clearLabel = "Clear filters",
  action,
}: ListEmptyProps) {
  return (
    <EmptyState py="xl" icon={icon} withIndicatorBackground title={title} description={description}>
      {(filtered || action) && (
        <EmptyState.Actions>
          <Group justify="center">
            {filtered && (
              <Button variant="default" onClick={onClearFilters}>
                {clearLabel}
              </Button>
            )}
            {action}
          </Group>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
