import { IconUsersGroup } from "@tabler/icons-react";
import { ListEmpty } from "../../components/data-table/list-empty.tsx";

export function MembersEmpty({ filtered, onClearSearch }: { filtered: boolean; onClearSearch: () => void }) {
  return (
    <ListEmpty
      icon={<IconUsersGroup size={28} aria-hidden />}
      title={filtered ? "No member matches this search" : "No members yet"}
      description={
        filtered
          ? "Try another name or email, or clear the search to see everyone you can."
          : "People become members when an application is recorded for them in Intake."
      }
      filtered={filtered}
      onClearFilters={onClearSearch}
      clearLabel="Clear search"
    />
  );
}
