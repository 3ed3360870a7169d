import { IconLifebuoy } from "@tabler/icons-react";
import { ListEmpty } from "../../components/data-table/list-empty.tsx";

export function ResourcesEmpty({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  return (
    <ListEmpty
      icon={<IconLifebuoy size={28} aria-hidden />}
      title={filtered ? "No resource matches these filters" : "The directory is empty"}
      description={
        filtered
          ? "Try other words or filters, or clear them to see the whole directory."
          : "An administrator adds the services members are referred to: crisis lines, clinics, housing and legal help."
      }
      filtered={filtered}
      onClearFilters={onClearFilters}
    />
  );
}
