import { Button } from "@mantine/core";
import { IconClipboardList, IconClipboardPlus } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { ListEmpty } from "../../components/data-table/list-empty.tsx";

interface IntakeEmptyProps {
  filtered: boolean;
  onClearFilters: () => void;
  /** administrators record applications; a facilitator's queue fills from their cohorts' */
  canRecord: boolean;
}

export function IntakeEmpty({ filtered, onClearFilters, canRecord }: IntakeEmptyProps) {
  return (
    <ListEmpty
      icon={<IconClipboardList size={28} aria-hidden />}
      title={filtered ? "No applications match these filters" : "No applications yet"}
      description={
        filtered
          ? "Try a different search or another status, or clear the filters to see everything waiting for a decision."
          : canRecord
            ? "When someone asks to join a program, record their application here: screening answers, referral source and notes."
            : "Applications to the cohorts you facilitate appear here once an administrator records them."
      }
      filtered={filtered}
      onClearFilters={onClearFilters}
      action={
        canRecord && (
          <Button component={Link} to="/intake/new" leftSection={<IconClipboardPlus size={18} aria-hidden />}>
            Record application
          </Button>
        )
      }
    />
  );
}
