import { REFERRAL_CATEGORIES, REFERRAL_STATUSES, REFERRAL_URGENCIES } from "@circle/validators";
import { Button, Checkbox, Group, NativeSelect } from "@mantine/core";
import { SearchInput } from "../../components/data-table/search-input.tsx";
import { FacilitatorFilter } from "../../components/filters/facilitator-filter.tsx";
import { REFERRAL_CATEGORY_LABELS, REFERRAL_STATUS_LABELS, REFERRAL_URGENCY_LABELS } from "./referral-labels.ts";
import type { ReferralsSearch } from "./referrals-search.ts";

interface ReferralsFiltersProps {
  search: ReferralsSearch;
  filtered: boolean;
  /** admins choose whose referrals; a facilitator sees their cohorts' anyway */
  byFacilitator: boolean;
  onChange: (filters: Partial<ReferralsSearch>) => void;
  onClear: () => void;
}

const ANY = "";
const STATUS_OPTIONS = [
  { value: ANY, label: "Open" },
  { value: "ALL", label: "Any status" },
  ...REFERRAL_STATUSES.map((status) => ({ value: status, label: REFERRAL_STATUS_LABELS[status] })),
];
const URGENCY_OPTIONS = [
  { value: ANY, label: "Any urgency" },
  ...REFERRAL_URGENCIES.map((urgency) => ({ value: urgency, label: REFERRAL_URGENCY_LABELS[urgency] })),
];
const CATEGORY_OPTIONS = [
  { value: ANY, label: "Any kind" },
  ...REFERRAL_CATEGORIES.map((category) => ({ value: category, label: REFERRAL_CATEGORY_LABELS[category] })),
];

export function ReferralsFilters({ search, filtered, byFacilitator, onChange, onClear }: ReferralsFiltersProps) {
  return (
    <Group align="flex-end" gap="md" mb="md" wrap="wrap">
      <div style={{ flex: "1 1 200px", maxWidth: 280 }}>
        <SearchInput
          label="Search"
          placeholder="Member or resource"
          value={search.q ?? ""}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
        />
      </div>
      <NativeSelect
        label="Status"
        data={STATUS_OPTIONS}
        value={search.status ?? ANY}
        onChange={(event) => onChange({ status: (event.currentTarget.value || undefined) as ReferralsSearch["status"] })}
        w={180}
      />
      <NativeSelect
        label="Urgency"
        data={URGENCY_OPTIONS}
        value={search.urgency ?? ANY}
        onChange={(event) => onChange({ urgency: (event.currentTarget.value || undefined) as ReferralsSearch["urgency"] })}
        w={150}
      />
      <NativeSelect
        label="Kind of help"
        data={CATEGORY_OPTIONS}
        value={search.category ?? ANY}
        onChange={(event) => onChange({ category: (event.currentTarget.value || undefined) as ReferralsSearch["category"] })}
        w={200}
      />
      {byFacilitator && (
        <FacilitatorFilter value={search.facilitatorId} onChange={(facilitatorId) => onChange({ facilitatorId })} />
      )}
      <Checkbox
        label="Overdue follow-up"
        checked={search.overdue ?? false}
        onChange={(event) => onChange({ overdue: event.currentTarget.checked || undefined })}
        mb={8}
      />
      {search.memberId && (
        <Button variant="default" onClick={() => onChange({ memberId: undefined })} mb={2}>
          One member only: show everyone
        </Button>
      )}
      {filtered && (
        <Button variant="subtle" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
