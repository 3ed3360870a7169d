import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { startOfToday } from "../../../lib/calendar-days.ts";
import { useTRPC } from "../../../lib/trpc.ts";

/** The home page's attendance: one query shared by its cards. */
export function useAttendanceHome() {
  const trpc = useTRPC();
  const [from] = useState(startOfToday);
  return useQuery(trpc.attendance.home.queryOptions({ from }));
}
