import { Badge, Group, Table, Text } from "@mantine/core";
import { memberName } from "../../../lib/member-name.ts";
import { ATTENDANCE_BY_STATUS, ATTENDANCE_STATUSES, formatRate } from "../attendance-labels.ts";
import type { CohortProgress } from "../types.ts";
import classes from "./progress.module.css";

/** Members × sessions: each mark as a letter and a colour, with its words for screen readers. */
export function ProgressGrid({ progress }: { progress: CohortProgress }) {
  const { sessions, members } = progress;
  return (
    <>
      <Group gap="sm" wrap="wrap" aria-label="Legend" role="list">
        {ATTENDANCE_STATUSES.map((s) => (
          <Group key={s.status} gap={4} role="listitem">
            <span className={classes.cell} data-color={s.color} aria-hidden>
              {s.key}
            </span>
            <Text size="xs">{s.label}</Text>
          </Group>
        ))}
        <Group gap={4} role="listitem">
          <span className={classes.cell} aria-hidden>
            ·
          </span>
          <Text size="xs">Not marked / not held / not enrolled then</Text>
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={480} mt="sm">
        <Table
          withTableBorder
          withColumnBorders
          striped={false}
          className={classes.grid}
          aria-label="Attendance by member and session"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Member</Table.Th>
              {sessions.map((s) => (
                <Table.Th key={s.id} scope="col" ta="center" title={s.date}>
                  {s.number}
                </Table.Th>
              ))}
              <Table.Th scope="col">Rate</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => {
              const name = memberName(m.member);
              return (
                <Table.Tr key={m.enrollmentId}>
                  <Table.Th scope="row">
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {name}
                      </Text>
                      {m.standing.atRisk && (
                        <Badge size="xs" color="red.9">
                          At risk
                        </Badge>
                      )}
                    </Group>
                  </Table.Th>
                  {sessions.map((s, index) => {
                    const status = m.marks[index];
                    const choice = status ? ATTENDANCE_BY_STATUS.get(status) : undefined;
                    const words = choice
                      ? choice.label
                      : s.status === "CANCELLED"
                        ? "cancelled"
                        : s.status === "SCHEDULED"
                          ? "not held yet"
                          : "not marked";
                    return (
                      <Table.Td key={s.id} ta="center" aria-label={`${name}, session ${s.number}: ${words}`}>
                        <span className={classes.cell} data-color={choice?.color} title={words} aria-hidden>
                          {choice?.key ?? (s.status === "CANCELLED" ? "–" : "·")}
                        </span>
                      </Table.Td>
                    );
                  })}
                  <Table.Td>
                    <Text size="sm">{formatRate(m.standing.rate)}</Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
