import type { ReportFilters } from "@circle/validators";
import { useQuery } from "@tanstack/react-query";
import { useTRPC, useTRPCClient } from "../../../lib/trpc.ts";
import type { AttendanceCohortRow } from "../types.ts";

/** A printout stays readable up to here; the CSV always has every row. */
export const PRINT_ROW_LIMIT = 2000;
const PAGE_SIZE = 100;

/** Every cohort row of the attendance report (up to the print limit), fetched page by page. */
export function useAllAttendanceCohorts(filters: ReportFilters) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useQuery({
    queryKey: [...trpc.reports.attendanceCohorts.queryKey(), "print", filters],
    queryFn: async () => {
      const rows: AttendanceCohortRow[] = [];
      for (let page = 1; rows.length < PRINT_ROW_LIMIT; page++) {
        const batch = await client.reports.attendanceCohorts.query({ filters, page, pageSize: PAGE_SIZE });
        rows.push(...batch.rows);
        if (batch.rows.length < PAGE_SIZE) return { rows, total: batch.total || rows.length };
      }
      const { total } = await client.reports.attendanceCohorts.query({ filters, page: 1, pageSize: 10 });
      return { rows, total };
    },
  });
}
