import "@mantine/dates/styles.css";
import { Grid, NativeSelect } from "@mantine/core";
import { DateInput, TimeInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { isIsoDay, isoWeekday, todayIsoDay } from "../../../lib/calendar-days.ts";
import { WEEKDAY_OPTIONS } from "../cohort-schedule.ts";
import { TimeZoneSelect } from "../time-zone-select.tsx";
import type { NewCohortValues } from "./new-cohort-values.ts";

/** First date, weekday, clock time and zone: the weekly slot every session is generated from. */
export function ScheduleFields({ form }: { form: UseFormReturnType<NewCohortValues> }) {
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <DateInput
          label="First possible date"
          description="The first session is on the chosen weekday, on or after this date."
          valueFormat="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          minDate={todayIsoDay()}
          required
          {...form.getInputProps("startDate")}
          onChange={(date) => {
            form.setFieldValue("startDate", date);
            // Most cohorts start on the day chosen: the weekday follows, and can still be changed.
            if (date && isIsoDay(date)) form.setFieldValue("weekday", String(isoWeekday(date)));
          }}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <NativeSelect
          label="Weekday"
          description="Sessions are weekly, on this day."
          required
          data={WEEKDAY_OPTIONS}
          {...form.getInputProps("weekday")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TimeInput label="Start time" description="In the cohort's time zone." required {...form.getInputProps("startTime")} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TimeZoneSelect
          value={form.values.timeZone}
          onChange={(zone) => form.setFieldValue("timeZone", zone)}
          error={form.errors.timeZone}
        />
      </Grid.Col>
    </Grid>
  );
}
