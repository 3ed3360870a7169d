import { Select } from "@mantine/core";
import { useMemo } from "react";
import { zoneAbbreviation } from "../../lib/format.ts";
import { timeZoneLabel, timeZoneNames } from "../../lib/time-zones.ts";

interface TimeZoneSelectProps {
  value: string;
  onChange: (zone: string) => void;
  error?: React.ReactNode;
}

/** Every IANA zone, searchable by city or region ("new york", "berlin"). */
export function TimeZoneSelect({ value, onChange, error }: TimeZoneSelectProps) {
  const data = useMemo(() => timeZoneNames().map((zone) => ({ value: zone, label: timeZoneLabel(zone) })), []);
  return (
    <Select
      label="Time zone"
      description={
        value ? `Sessions keep this zone's clock time (now ${zoneAbbreviation(value)}), across daylight saving.` : undefined
      }
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
