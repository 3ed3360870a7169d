import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { formatCalendarDay } from "../../../lib/format.ts";
import type { AttendanceSummary } from "../types.ts";

const SERIES = [
  { name: "Attended", color: "teal.6" },
  { name: "Excused", color: "yellow.5" },
  { name: "Absent", color: "red.6" },
];

/** Marks per week, stacked by what happened; the same numbers are in the table below and the CSV. */
export function AttendanceWeekChart({ weeks }: { weeks: AttendanceSummary["weeks"] }) {
  if (weeks.length === 0) return <Text c="dimmed">No attendance was recorded in this period.</Text>;
  const data = weeks.map((week) => ({
    week: formatCalendarDay(new Date(`${week.weekOf}T00:00:00Z`)),
    Attended: week.present + week.late + week.leftEarly,
    Excused: week.excused,
    Absent: week.absent,
  }));
  return (
    <BarChart
      h={260}
      data={data}
      dataKey="week"
      type="stacked"
      series={SERIES}
      withLegend
      legendProps={{ verticalAlign: "bottom" }}
      tickLine="y"
      role="img"
      aria-label={`Attendance per week, ${weeks.length} weeks: attended, excused and absent marks`}
    />
  );
}
