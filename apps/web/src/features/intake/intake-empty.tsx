import { Button } from "@mantine/core";
import { IconClipboardList, IconClipboardPlus } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { ListEmpty } from "../../components/data-table/list-empty.tsx";

export function IntakeEmpty({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  return (
    <ListEmpty
      icon={<IconClipboardList size={28} aria-hidden />}
      title={filtered ? "No applications match these filters" : "No applications yet"}
      description={
        filtered
          ? "Try a different search or another status, or clear the filters to see everything waiting for a decision."
          : "When someone asks to join a program, record their application here: screening answers, referral source and notes."
      }
      filtered={filtered}
      onClearFilters={onClearFilters}
      action={
        <Button component={Link} to="/intake/new" leftSection={<IconClipboardPlus size={18} aria-hidden />}>
          Record application
        </Button>
      }
    />
  );
}
