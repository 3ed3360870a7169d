import { type ReportFilters, type ReportKind, saveReportViewInput } from "@circle/validators";
import { Button, Popover, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconBookmark } from "@tabler/icons-react";
import { useState } from "react";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";

interface SaveViewButtonProps {
  report: ReportKind;
  filters: ReportFilters;
}

/** Names the report as it is filtered now, to re-run from the home page. */
export function SaveViewButton({ report, filters }: SaveViewButtonProps) {
  const trpc = useTRPC();
  const [opened, setOpened] = useState(false);
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: { name: "" },
    schema: saveReportViewInput,
    toInput: ({ name }) => ({ name, report, filters }),
    mutation: trpc.reports.saveView.mutationOptions(),
    invalidates: [trpc.reports],
    onSuccess: (view) => {
      notifications.show({ color: "green", message: `${view.name} is saved: find it on your home page` });
      setOpened(false);
      form.reset();
    },
  });

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus withArrow>
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconBookmark size={16} aria-hidden />}
          onClick={() => setOpened((o) => !o)}
          aria-expanded={opened}
        >
          Save view
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form {...formProps}>
          <Stack gap="sm" w={260}>
            <TextInput
              label="Name of the view"
              description="It appears on your home page. The same name replaces that view."
              maxLength={80}
              required
              data-autofocus
              {...form.getInputProps("name")}
            />
            <FormFailure title="Not saved" failure={failure} />
            <Button type="submit" loading={pending}>
              Save view
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
