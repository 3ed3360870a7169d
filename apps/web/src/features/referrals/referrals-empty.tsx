import { IconArrowsExchange } from "@tabler/icons-react";
import { ListEmpty } from "../../components/data-table/list-empty.tsx";

export function ReferralsEmpty({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  return (
    <ListEmpty
      icon={<IconArrowsExchange size={28} aria-hidden />}
      title={filtered ? "No referral matches these filters" : "No open referrals"}
      description={
        filtered
          ? "Try other filters, or clear them to see every open referral you follow."
          : "When a member needs more help than the group gives, log a referral from their page or from here."
      }
      filtered={filtered}
      onClearFilters={onClearFilters}
    />
  );
}
