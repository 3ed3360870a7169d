import { CloseButton, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";

interface SearchInputProps {
  label: string;
  placeholder?: string;
  /** the search in the URL */
  value: string;
  /** called once typing pauses, so each keystroke does not become a request and a history entry */
  onSearch: (value: string) => void;
}

export function SearchInput({ label, placeholder, value, onSearch }: SearchInputProps) {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  const search = (next: string) => {
    sent.current = next;
    onSearch(next);
  };
  const debounced = useDebouncedCallback(search, 300);

  // Back/forward or a cleared filter changes the URL; follow it, but never undo what is being typed.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  const searchNow = (next: string) => {
    debounced.cancel();
    setText(next);
    search(next);
  };

  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={text}
      inputMode="search"
      onChange={(event) => {
        setText(event.currentTarget.value);
        debounced(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter") searchNow(text);
        if (event.key === "Escape" && text) searchNow("");
      }}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={text ? <CloseButton size="sm" aria-label="Clear search" onClick={() => searchNow("")} /> : null}
    />
  );
}
