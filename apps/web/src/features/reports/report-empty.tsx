import { EmptyState } from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";

/** An empty table of a report: nothing in this period and scope. */
export function ReportEmpty({ what }: { what: string }) {
  return (
    <EmptyState
      py="xl"
      icon={<IconChartBar aria-hidden />}
      withIndicatorBackground
      title={what}
      description="Try a longer period or fewer filters. Facilitators see their own cohorts only."
    />
  );
}
