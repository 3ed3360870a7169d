import { Button } from "@mantine/core";
import { IconBooks, IconPlus } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { ListEmpty } from "../../components/data-table/list-empty.tsx";

interface ProgramsEmptyProps {
  filtered: boolean;
  archived: boolean;
  canCreate: boolean;
  onClearFilters: () => void;
}

function message(filtered: boolean, archived: boolean, canCreate: boolean): { title: string; description: string } {
  if (filtered && !archived)
    return { title: "No program matches these filters", description: "Try a different search or group type." };
  if (archived)
    return { title: "No archived programs", description: "Programs that are no longer run appear here once archived." };
  return {
    title: "No programs yet",
    description: canCreate
      ? "A program is the design a group runs from: its group type, sessions and modules. Create the first one."
      : "An administrator sets up the programs your organisation runs; they will appear here.",
  };
}

export function ProgramsEmpty({ filtered, archived, canCreate, onClearFilters }: ProgramsEmptyProps) {
  const { title, description } = message(filtered, archived, canCreate);
  return (
    <ListEmpty
      icon={<IconBooks size={28} aria-hidden />}
      title={title}
      description={description}
      filtered={filtered}
      onClearFilters={onClearFilters}
      action={
        canCreate &&
        !archived && (
          <Button component={Link} to="/programs/new" leftSection={<IconPlus size={18} aria-hidden />}>
            Create program
          </Button>
        )
      }
    />
  );
}
