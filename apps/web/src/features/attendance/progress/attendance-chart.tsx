import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import type { CohortProgress } from "../types.ts";

/** Attendance per held session, stacked by attended, excused and absent. */
export function AttendanceChart({ perSession }: { perSession: CohortProgress["summary"]["perSession"] }) {
  if (perSession.length === 0) return <Text c="dimmed">No session has been held yet.</Text>;
  const data = perSession.map((s) => ({
    session: `Session ${s.number}`,
    Attended: s.attended,
    Excused: s.excused,
    Absent: s.absent,
  }));
  const summary = perSession.map((s) => `session ${s.number}: ${s.attended} of ${s.onRoster} attended`).join("; ");
  return (
    <figure style={{ margin: 0 }} aria-label={`Attendance per session: ${summary}`}>
      <BarChart
        h={220}
        data={data}
        dataKey="session"
        type="stacked"
        withLegend
        series={[
          { name: "Attended", color: "teal.6" },
          { name: "Excused", color: "blue.5" },
          { name: "Absent", color: "red.6" },
        ]}
      />
    </figure>
  );
}
