import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { memberName } from "../lib/member-name.ts";
import { useTRPC } from "../lib/trpc.ts";

interface MemberPickerProps {
  value: string;
  onChange: (memberId: string) => void;
  error?: React.ReactNode;
}

/** Finds an existing member by name or email; the server searches, so every member can be found. */
export function MemberPicker({ value, onChange, error }: MemberPickerProps) {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  // The chosen member stays an option even when the latest search did not return them.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [query] = useDebouncedValue(search === chosen?.label ? "" : search.trim(), 300);
  const members = useQuery({
    ...trpc.members.list.queryOptions({ q: query || undefined, page: 1, pageSize: 25, sort: "lastName" }),
    placeholderData: keepPreviousData,
  });
  const found = (members.data?.rows ?? []).map((member) => ({
    value: member.id,
    label: [memberName(member), member.email ?? member.phone].filter(Boolean).join(" · "),
  }));
  const options = chosen && !found.some((option) => option.value === chosen.value) ? [chosen, ...found] : found;
  return (
    <Select
      label="Member"
      description="Search by name or email"
      placeholder="Start typing a name"
      required
      searchable
      clearable
      data={options}
      value={value || null}
      onChange={(next, option) => {
        setChosen(next ? option : null);
        onChange(next ?? "");
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered; filtering again here would hide matches on email.
      filter={({ options: all }) => all}
      nothingFoundMessage={members.isFetching ? "Searching…" : "No member matches"}
      leftSection={<IconSearch size={16} aria-hidden />}
      error={error}
      maw={520}
    />
  );
}
