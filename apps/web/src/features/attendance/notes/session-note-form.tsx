import { saveSessionNoteInput } from "@circle/validators";
import { Button, Group, Radio, Select, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { FormFailure } from "../../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { SessionNoteView } from "../types.ts";

/** Whether the session's own module was delivered, another one instead, or none. */
type ModuleChoice = "OWN" | "OTHER" | "NONE";

interface SessionNoteFormProps {
  sessionId: string;
  /** the module the session was planned for, if any */
  plannedModule: { id: string; title: string } | null;
  view: SessionNoteView;
}

function choiceOf(note: SessionNoteView["note"], plannedModule: SessionNoteFormProps["plannedModule"]): ModuleChoice {
  if (!note) return plannedModule ? "OWN" : "NONE";
  if (note.moduleDelivered) return "OWN";
  return note.deliveredModule ? "OTHER" : "NONE";
}

/** Writes or rewrites the session's group note until it is signed: what was covered, the module, what to carry forward. */
export function SessionNoteForm({ sessionId, plannedModule, view }: SessionNoteFormProps) {
  const trpc = useTRPC();
  const { note, modules } = view;
  const command = useCommandForm({
    initialValues: {
      covered: note?.covered ?? "",
      moduleChoice: choiceOf(note, plannedModule),
      deliveredModuleId: note?.deliveredModule?.id ?? null,
      carryForward: note?.carryForward ?? "",
    },
    schema: saveSessionNoteInput,
    toInput: (values) => ({
      sessionId,
      covered: values.covered,
      moduleDelivered: values.moduleChoice === "OWN",
      deliveredModuleId: values.moduleChoice === "OTHER" ? values.deliveredModuleId : null,
      carryForward: values.carryForward,
    }),
    validate: (values) =>
      values.moduleChoice === "OTHER" && !values.deliveredModuleId
        ? { deliveredModuleId: "Choose the module delivered instead" }
        : {},
    fieldFor: (path) => (path === "moduleDelivered" ? "moduleChoice" : path),
    mutation: trpc.attendance.saveNote.mutationOptions(),
    invalidates: [trpc.attendance],
    onSuccess: () => notifications.show({ color: "green", message: "Session note saved" }),
  });
  const { form } = command;
  const others = modules.filter((m) => m.id !== plannedModule?.id);
  return (
    <form {...command.formProps} aria-label="Session note">
      <Stack gap="md">
        <FormFailure title="Note not saved" failure={command.failure} />
        <Textarea
          label="What the session covered"
          required
          autosize
          minRows={3}
          maxLength={8000}
          {...form.getInputProps("covered")}
        />
        <Radio.Group label="Module" required {...form.getInputProps("moduleChoice")}>
          <Stack gap={6} mt={6}>
            {plannedModule && <Radio value="OWN" label={`Delivered as planned: ${plannedModule.title}`} />}
            <Radio value="OTHER" label="Another module instead" disabled={others.length === 0} />
            <Radio value="NONE" label={plannedModule ? "Not delivered" : "No module"} />
          </Stack>
        </Radio.Group>
        {form.values.moduleChoice === "OTHER" && (
          <Select
            label="Module delivered instead"
            required
            data={others.map((m) => ({ value: m.id, label: `${m.position}. ${m.title}` }))}
            {...form.getInputProps("deliveredModuleId")}
          />
        )}
        <Textarea
          label="Carry into next week"
          description="Anything to pick up at the next session"
          autosize
          minRows={2}
          maxLength={4000}
          {...form.getInputProps("carryForward")}
        />
        <Group justify="space-between" wrap="wrap">
          <Text size="xs" c="dimmed">
            {view.signatureRequired
              ? "Once the lead signs it, the note is locked and later changes are addenda."
              : "The note stays editable; each save is on record."}
          </Text>
          <Button type="submit" loading={command.pending}>
            Save note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
