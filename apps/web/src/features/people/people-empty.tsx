import { Button } from "@mantine/core";
import { IconUserPlus, IconUsers } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { ListEmpty } from "../../components/data-table/list-empty.tsx";

export function PeopleEmpty({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  return (
    <ListEmpty
      icon={<IconUsers size={28} aria-hidden />}
      title={filtered ? "No one matches these filters" : "No people yet"}
      description={
        filtered
          ? "Try a different search, or clear the filters to see everyone."
          : "Create an account for each administrator, facilitator and staff member who needs Circle."
      }
      filtered={filtered}
      onClearFilters={onClearFilters}
      action={
        <Button component={Link} to="/people/new" leftSection={<IconUserPlus size={18} aria-hidden />}>
          Create person
        </Button>
      }
    />
  );
}
