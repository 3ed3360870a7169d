import { Select } from "@mantine/core";
import { useMemo } from "react";
import { zoneAbbreviation } from "../../lib/format.ts";
import { timeZoneLabel, timeZoneNames } from "../../lib/time-zones.ts";

interface TimeZoneSelectProps {
  value: string;
  onChange: (zone: string) => void;
  error?: React.ReactNode;
  /** what the zone is for; by default a cohort's sessions */
  description?: (abbreviation: string) => string;
}

const forSessions = (abbreviation: string) =>
  `Sessions keep this zone's clock time (now ${abbreviation}), across daylight saving.`;

/** Every IANA zone, searchable by city or region ("new york", "berlin"). */
export function TimeZoneSelect({ value, onChange, error, description = forSessions }: TimeZoneSelectProps) {
  const data = useMemo(() => timeZoneNames().map((zone) => ({ value: zone, label: timeZoneLabel(zone) })), []);
  return (
    <Select
      label="Time zone"
      description={value ? description(zoneAbbreviation(value)) : undefined}
      required
      searchable
      data={data}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
      allowDeselect={false}
      nothingFoundMessage="No time zone by that name"
      maxDropdownHeight={280}
      error={error}
    />
  );
}
