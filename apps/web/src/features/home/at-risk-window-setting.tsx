import { Button, Group, NumberInput, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";

/** How many days before its start a cohort under its minimum counts as at risk (admins set it). */
export function AtRiskWindowSetting() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.settings.get.queryOptions());
  const saved = settings.data?.cohortAtRiskDays;
  const [days, setDays] = useState<number | string>("");
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.settings.update.mutationOptions());

  useEffect(() => {
    if (saved !== undefined) setDays(saved);
  }, [saved]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    save.mutate(
      { cohortAtRiskDays: Number(days) },
      {
        onSuccess: async (result) => {
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: trpc.settings.get.queryKey() }),
            queryClient.invalidateQueries({ queryKey: trpc.cohorts.atRisk.queryKey() }),
          ]);
          notifications.show({
            color: "green",
            message: `Cohorts now count as at risk ${result.cohortAtRiskDays} days before they start`,
          });
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  };

  if (settings.error) {
    return (
      <Text size="xs" c="red">
        The at-risk window could not be loaded: {errorMessage(settings.error)}
      </Text>
    );
  }
  return (
    <form onSubmit={submit} aria-label="At-risk window">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <NumberInput
          label="At-risk window"
          description="Days before a cohort's first session"
          size="xs"
          min={1}
          max={90}
          allowDecimal={false}
          suffix=" days"
          value={days}
          onChange={(value) => {
            setDays(value);
            setError(null);
          }}
          error={error}
          disabled={saved === undefined}
          w={200}
        />
        <Button
          type="submit"
          size="xs"
          variant="default"
          loading={save.isPending}
          disabled={saved === undefined || Number(days) === saved}
        >
          Save
        </Button>
      </Group>
    </form>
  );
}
