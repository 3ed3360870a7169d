import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { startOfToday } from "../../../lib/calendar-days.ts";
import { type TrpcOptions, useTRPC } from "../../../lib/trpc.ts";

export const attendanceHomeQuery = (trpc: TrpcOptions, from = startOfToday()) => trpc.attendance.home.queryOptions({ from });

/** The home page's attendance: one query shared by its cards. */
export function useAttendanceHome() {
  const trpc = useTRPC();
  const [from] = useState(startOfToday);
  return useQuery(attendanceHomeQuery(trpc, from));
}
