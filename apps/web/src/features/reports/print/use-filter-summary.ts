import type { ReportFilters } from "@circle/validators";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.ts";
import { DELIVERY_LABELS, GROUP_TYPE_LABELS } from "../../programs/program-labels.ts";
import { formatPeriod } from "../report-format.ts";

/** The filters in words, for the head of a printed report: "Program: Grief support", … */
export function useFilterSummary(filters: ReportFilters): string[] {
  const trpc = useTRPC();
  const programs = useQuery({ ...trpc.programs.options.queryOptions(), enabled: Boolean(filters.programId) });
  const facilitators = useQuery({ ...trpc.users.facilitators.queryOptions(), enabled: Boolean(filters.facilitatorId) });
  const cohort = useQuery({
    ...trpc.cohorts.get.queryOptions({ cohortId: filters.cohortId ?? "" }),
    enabled: Boolean(filters.cohortId),
  });
  const named = (list: { id: string; name: string }[] | undefined, id: string) =>
    list?.find((item) => item.id === id)?.name ?? "…";
  return [
    `Period: ${formatPeriod(filters.from, filters.to)}`,
    ...(filters.programId ? [`Program: ${named(programs.data, filters.programId)}`] : []),
    ...(filters.cohortId ? [`Cohort: ${cohort.data?.name ?? "…"}`] : []),
    ...(filters.facilitatorId ? [`Facilitator: ${named(facilitators.data, filters.facilitatorId)}`] : []),
    ...(filters.groupType ? [`Group type: ${GROUP_TYPE_LABELS[filters.groupType]}`] : []),
    ...(filters.delivery ? [`Delivery: ${DELIVERY_LABELS[filters.delivery]}`] : []),
    ...(filters.byLanguage ? ["By language"] : []),
  ];
}
