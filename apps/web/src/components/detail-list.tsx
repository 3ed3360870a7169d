import { Text } from "@mantine/core";
import type { ReactNode } from "react";
import classes from "./detail-list.module.css";

export interface DetailItem {
  label: string;
  value: ReactNode;
}

/** Label–value pairs as a description list; empty values read "Not given" rather than vanish. */
export function DetailList({ items }: { items: DetailItem[] }) {
  return (
    <dl className={classes.list}>
      {items.map(({ label, value }, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a label may repeat (two waitlist places); the list never reorders
        <div key={`${label}-${index}`} className={classes.row}>
          <dt>
            <Text span size="sm" c="dimmed">
              {label}
            </Text>
          </dt>
          <dd>
            {value === null || value === undefined || value === "" ? (
              <Text span size="sm" c="dimmed" fs="italic">
                Not given
              </Text>
            ) : (
              <Text span size="sm" style={{ overflowWrap: "anywhere" }}>
                {value}
              </Text>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
