import type { ReportFilters, ReportKind } from "@circle/validators";
import { Button, Popover, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconBookmark } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { mapServerErrors } from "../../lib/server-field-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";

interface SaveViewButtonProps {
  report: ReportKind;
  filters: ReportFilters;
}

/** Names the report as it is filtered now, to re-run from the home page. */
export function SaveViewButton({ report, filters }: SaveViewButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState("");
  const save = useMutation(
    trpc.reports.saveView.mutationOptions({
      onSuccess: async (view) => {
        await queryClient.invalidateQueries(trpc.reports.pathFilter());
        notifications.show({ color: "green", message: `${view.name} is saved: find it on your home page` });
        setOpened(false);
        setName("");
      },
    }),
  );
  const errors = save.error ? mapServerErrors(save.error, (path) => (path === "name" ? "name" : null)) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name, report, filters });
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus withArrow>
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconBookmark size={16} aria-hidden />}
          onClick={() => {
            save.reset();
            setOpened((o) => !o);
          }}
          aria-expanded={opened}
        >
          Save view
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm" w={260}>
            <TextInput
              label="Name of the view"
              description="It appears on your home page. The same name replaces that view."
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors?.fields.name}
              maxLength={80}
              required
              data-autofocus
            />
            {errors?.message && (
              <Text size="sm" c="red.8" role="alert">
                {errors.message}
              </Text>
            )}
            <Button type="submit" loading={save.isPending}>
              Save view
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
