import { Anchor, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { createServerColumnHelper } from "../../components/data-table/table-features.ts";
import { RESOURCE_COST_LABELS, RESOURCE_KIND_LABELS } from "../referrals/referral-labels.ts";
import type { ResourceRow } from "./types.ts";

const column = createServerColumnHelper<ResourceRow>();

const dimmed = (text: string) => (
  <Text span size="sm" c="dimmed">
    {text}
  </Text>
);

export interface ResourceActions {
  onEdit: (resource: ResourceRow) => void;
  onSetActive: (resource: ResourceRow) => void;
}

/** The directory's columns (sortable by name and kind); administrators get a column of actions. */
export function resourcesColumns(actions: ResourceActions | null) {
  const columns = [
    column.accessor("name", {
      header: "Resource",
      cell: (info) => {
        const row = info.row.original;
        return (
          <Stack gap={2}>
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {row.name}
              </Text>
              {!row.active && (
                <Badge color="gray" variant="outline" radius="sm">
                  Archived
                </Badge>
              )}
            </Group>
            {row.eligibility && (
              <Text size="xs" c="dimmed">
                {row.eligibility}
              </Text>
            )}
          </Stack>
        );
      },
    }),
    column.accessor("kind", {
      header: "Kind",
      cell: (info) =>
        info.getValue() === "CRISIS_LINE" ? (
          <Badge color="red.9" variant="filled" radius="sm">
            {RESOURCE_KIND_LABELS.CRISIS_LINE}
          </Badge>
        ) : (
          <Text size="sm">{RESOURCE_KIND_LABELS[info.getValue()]}</Text>
        ),
    }),
    column.display({
      id: "contact",
      header: "Contact",
      cell: (info) => {
        const { name, phone, website, address, hours } = info.row.original;
        if (!phone && !website && !address && !hours) return dimmed("None on record");
        return (
          <Stack gap={0}>
            {phone && (
              <Anchor href={`tel:${phone.replace(/[^\d+]/g, "")}`} size="sm" aria-label={`Call ${name}: ${phone}`}>
                {phone}
              </Anchor>
            )}
            {website && (
              <Anchor href={website} target="_blank" rel="noreferrer" size="sm" style={{ overflowWrap: "anywhere" }}>
                {website.replace(/^https?:\/\//, "")}
              </Anchor>
            )}
            {address && <Text size="sm">{address}</Text>}
            {hours && (
              <Text size="xs" c="dimmed">
                {hours}
              </Text>
            )}
          </Stack>
        );
      },
    }),
    column.display({
      id: "access",
      header: "Cost and languages",
      cell: (info) => {
        const { cost, languages, acceptsDirectReferrals } = info.row.original;
        return (
          <Stack gap={0}>
            <Text size="sm">{cost ? RESOURCE_COST_LABELS[cost] : "Cost not given"}</Text>
            {languages.length > 0 && (
              <Text size="xs" c="dimmed">
                {languages.join(", ")}
              </Text>
            )}
            {acceptsDirectReferrals && (
              <Text size="xs" c="dimmed">
                Takes referrals directly
              </Text>
            )}
          </Stack>
        );
      },
    }),
  ];
  if (!actions) return column.columns(columns);
  return column.columns([
    ...columns,
    column.display({
      id: "actions",
      header: "Actions",
      cell: (info) => {
        const row = info.row.original;
        return (
          <Group gap={6} wrap="nowrap">
            <Button size="compact-sm" variant="light" onClick={() => actions.onEdit(row)} aria-label={`Edit ${row.name}`}>
              Edit
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => actions.onSetActive(row)}
              aria-label={`${row.active ? "Archive" : "Restore"} ${row.name}`}
            >
              {row.active ? "Archive" : "Restore"}
            </Button>
          </Group>
        );
      },
    }),
  ]);
}
