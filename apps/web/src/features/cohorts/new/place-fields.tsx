import type { Delivery } from "@circle/validators";
import { Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";

interface PlaceFieldsProps<Values extends { location: string; meetingUrl: string }> {
  form: UseFormReturnType<Values>;
  /** the program's delivery decides which of the two the cohort needs */
  delivery: Delivery | undefined;
}

/** Where the group meets: a location in person, a link online, both when hybrid. */
export function PlaceFields<Values extends { location: string; meetingUrl: string }>({
  form,
  delivery,
}: PlaceFieldsProps<Values>) {
  if (!delivery) {
    return (
      <Text size="sm" c="dimmed">
        Choose the program first: its delivery decides whether the cohort needs a location, a meeting link or both.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {delivery !== "ONLINE" && (
        <TextInput
          label="Location"
          description="Building and room, as members should find it."
          required
          autoComplete="off"
          {...form.getInputProps("location")}
        />
      )}
      {delivery !== "IN_PERSON" && (
        <TextInput
          label="Meeting link"
          description="Starts with https://; facilitators' calendars get it too."
          placeholder="https://"
          type="url"
          required
          autoComplete="off"
          {...form.getInputProps("meetingUrl")}
        />
      )}
    </Stack>
  );
}
