import { updateUserInput } from "@circle/validators";
import { Alert, Button, Group, Stack, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { SectionCard } from "../../components/section-card.tsx";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Person } from "./types.ts";
import { useRefreshPerson } from "./use-refresh-person.ts";

const validate = schemaResolver(updateUserInput.omit({ userId: true }), { sync: true });

export function PersonDetailsCard({ person }: { person: Person }) {
  const trpc = useTRPC();
  const refresh = useRefreshPerson(person.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: { name: person.name, email: person.email },
    validate,
  });
  const update = useMutation(trpc.users.update.mutationOptions());

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      update.mutate(
        { userId: person.id, ...values },
        {
          onSuccess: async (saved) => {
            form.setInitialValues({ name: saved.name, email: saved.email });
            form.setValues({ name: saved.name, email: saved.email });
            await refresh();
            notifications.show({ color: "green", message: `Saved ${saved.name}'s details` });
          },
          onError: (error) => {
            setFailure(applyServerErrors(form, error));
            revealErrors(formElement);
          },
        },
      );
    },
    (_errors, _values, event) => {
      setFailure(null);
      revealErrors(event?.currentTarget);
    },
  );

  return (
    <SectionCard title="Details">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <TextInput label="Name" required {...form.getInputProps("name")} />
          <TextInput label="Email" type="email" required {...form.getInputProps("email")} />
          <Group justify="flex-end" gap="sm">
            {form.isDirty() && (
              <Button variant="default" onClick={() => form.reset()}>
                Discard changes
              </Button>
            )}
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              Save details
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
