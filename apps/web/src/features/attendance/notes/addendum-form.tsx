import { addSessionNoteAddendumInput } from "@circle/validators";
import { Button, Group, Stack, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { FormFailure } from "../../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../lib/trpc.ts";

/** A later addition to a signed note: the note stays as signed, the addendum carries who and when. */
export function AddendumForm({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: { body: "" },
    schema: addSessionNoteAddendumInput,
    toInput: (values) => ({ sessionId, body: values.body }),
    mutation: trpc.attendance.addAddendum.mutationOptions(),
    invalidates: [trpc.attendance],
    onSuccess: () => {
      command.form.reset();
      notifications.show({ color: "green", message: "Addendum added" });
    },
  });
  return (
    <form {...command.formProps} aria-label="Add an addendum">
      <Stack gap="xs">
        <FormFailure title="Addendum not added" failure={command.failure} />
        <Textarea
          label="Addendum"
          description="Kept under the signed note with your name and the time"
          required
          autosize
          minRows={2}
          maxLength={4000}
          {...command.form.getInputProps("body")}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={command.pending}>
            Add addendum
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
