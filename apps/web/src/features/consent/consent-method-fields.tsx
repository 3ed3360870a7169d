import { CONSENT_METHODS } from "@circle/validators";
import { Grid, NativeSelect, Radio, Stack, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { ROLE_LABELS } from "../../lib/roles.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { ConsentCaptureValues } from "./consent-capture-values.ts";
import { CONSENT_METHOD_LABELS } from "./consent-labels.ts";

const METHOD_DESCRIPTIONS = {
  SIGNED_ON_PAPER: "They signed a printed copy; keep it on file.",
  E_SIGNATURE: "They type their full name below as their signature.",
  VERBAL_WITH_WITNESS: "They agreed aloud, in front of a witness.",
} as const;

/** How consent was given, when, and the signature or witness that method needs. */
export function ConsentMethodFields({ form, fullName }: { form: UseFormReturnType<ConsentCaptureValues>; fullName: string }) {
  const trpc = useTRPC();
  const method = form.values.method;
  const staff = useQuery({ ...trpc.users.facilitators.queryOptions(), enabled: method !== "E_SIGNATURE" });
  return (
    <Stack gap="md">
      <Radio.Group label="How was consent given?" required {...form.getInputProps("method")}>
        <Stack gap="xs" mt={6}>
          {CONSENT_METHODS.map((value) => (
            <Radio key={value} value={value} label={CONSENT_METHOD_LABELS[value]} description={METHOD_DESCRIPTIONS[value]} />
          ))}
        </Stack>
      </Radio.Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xs: 6, sm: 4 }}>
          <TextInput label="Date" type="date" required {...form.getInputProps("date")} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 6, sm: 3 }}>
          <TextInput label="Time" type="time" required {...form.getInputProps("time")} />
        </Grid.Col>
      </Grid>
      {method === "E_SIGNATURE" && (
        <TextInput
          label="Typed full name"
          description={`The member types their full name as recorded: ${fullName}`}
          required
          autoComplete="off"
          maw={420}
          {...form.getInputProps("signedName")}
        />
      )}
      {method !== "E_SIGNATURE" && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NativeSelect
              label="Witness with an account"
              description={method === "VERBAL_WITH_WITNESS" ? "Choose one, or name the witness" : "Optional"}
              data={[
                { value: "", label: staff.isPending ? "Loading…" : "No account" },
                ...(staff.data ?? []).map((person) => ({
                  value: person.id,
                  label: `${person.name} (${ROLE_LABELS[person.role]})`,
                })),
              ]}
              {...form.getInputProps("witnessedById")}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label="Witness name"
              description="Someone without an account"
              required={method === "VERBAL_WITH_WITNESS" && !form.values.witnessedById}
              {...form.getInputProps("witnessName")}
            />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
