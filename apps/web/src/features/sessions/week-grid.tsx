import { Text, Title } from "@mantine/core";
import { formatDayHeading } from "../../lib/calendar-days.ts";
import { SessionCard } from "./session-card.tsx";
import type { WeekDay } from "./week-days.ts";
import classes from "./week-grid.module.css";

/** Monday to Sunday as columns when there is room, as a list of days when there is not. */
export function WeekGrid({ days, today }: { days: WeekDay[]; today: string }) {
  return (
    <div className={classes.container}>
      <div className={classes.grid}>
        {days.map((day) => {
          const isToday = day.date === today;
          return (
            <section
              key={day.date}
              className={classes.day}
              data-today={isToday || undefined}
              data-empty={day.sessions.length === 0 || undefined}
              aria-labelledby={`day-${day.date}`}
            >
              <div className={classes.dayHead}>
                <Title order={3} fz="sm" id={`day-${day.date}`} c={isToday ? "circle.8" : undefined}>
                  {formatDayHeading(day.date)}
                  {isToday && (
                    <Text span fz="xs" fw={600} c="circle.8">
                      {" "}
                      · today
                    </Text>
                  )}
                </Title>
                {day.sessions.length === 0 && (
                  <Text size="xs" c="dimmed">
                    No sessions
                  </Text>
                )}
              </div>
              {day.sessions.length > 0 && (
                <ul className={classes.sessions}>
                  {day.sessions.map((session) => (
                    <li key={session.id}>
                      <SessionCard session={session} withDate={day.outside.has(session.id)} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
