import { updateUserInput } from "@circle/validators";
import { Button, Group, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { SectionCard } from "../../components/section-card.tsx";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Person } from "./types.ts";

export function PersonDetailsCard({ person }: { person: Person }) {
  const trpc = useTRPC();
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: { name: person.name, email: person.email },
    schema: updateUserInput,
    toInput: (values) => ({ userId: person.id, ...values }),
    mutation: trpc.users.update.mutationOptions(),
    // The person's page and lists, and my header if it is me.
    invalidates: [trpc.users, trpc.auth],
    onSuccess: (saved) => {
      form.setInitialValues({ name: saved.name, email: saved.email });
      form.setValues({ name: saved.name, email: saved.email });
      notifications.show({ color: "green", message: `Saved ${saved.name}'s details` });
    },
  });

  return (
    <SectionCard title="Details">
      <form {...formProps}>
        <Stack gap="md">
          <FormFailure title="Not saved" failure={failure} />
          <TextInput label="Name" required {...form.getInputProps("name")} />
          <TextInput label="Email" type="email" required {...form.getInputProps("email")} />
          <Group justify="flex-end" gap="sm">
            {form.isDirty() && (
              <Button variant="default" onClick={() => form.reset()}>
                Discard changes
              </Button>
            )}
            <Button type="submit" loading={pending} disabled={!form.isDirty()}>
              Save details
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
