import { Skeleton, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import { SettingsForm } from "./settings-form.tsx";

/** Organisation settings (admins): its name, when cohorts are at risk, members need follow-up, offers lapse. */
export function SettingsPage() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  return (
    <>
      <PageHeader
        title="Settings"
        description="How Circle watches your cohorts, members and waitlists. Changes apply to everyone at once."
      />
      <SectionCard title="Organisation and thresholds">
        {settings.error ? (
          <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        ) : !settings.data ? (
          <Stack gap="lg" maw={560} aria-busy="true" aria-label="Loading settings">
            <Skeleton height={72} />
            <Skeleton height={72} />
            <Skeleton height={72} />
          </Stack>
        ) : (
          <SettingsForm saved={settings.data} />
        )}
      </SectionCard>
    </>
  );
}
