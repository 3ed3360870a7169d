import { Grid, NativeSelect, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { ROLE_LABELS } from "../../lib/roles.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { MoveValues } from "./move-values.ts";

/** When the interview is, and who holds it (an administrator or a facilitator). */
export function InterviewFields({ form }: { form: UseFormReturnType<MoveValues> }) {
  const trpc = useTRPC();
  const people = useQuery(trpc.users.facilitators.queryOptions());
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <TextInput label="Interview date" type="date" required {...form.getInputProps("interviewDate")} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <TextInput label="Interview time" type="time" required {...form.getInputProps("interviewTime")} />
      </Grid.Col>
      <Grid.Col span={12}>
        <NativeSelect
          label="Interviewer"
          required
          data={[
            { value: "", label: people.isPending ? "Loading…" : "Choose who interviews" },
            ...(people.data ?? []).map((person) => ({ value: person.id, label: `${person.name} (${ROLE_LABELS[person.role]})` })),
          ]}
          {...form.getInputProps("interviewerId")}
        />
      </Grid.Col>
    </Grid>
  );
}
