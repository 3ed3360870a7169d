import { Stack, Text } from "@mantine/core";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { createServerColumnHelper } from "../../components/data-table/table-features.ts";
import { formatDate } from "../../lib/format.ts";
import type { ConsentDocumentRow } from "./types.ts";

const column = createServerColumnHelper<ConsentDocumentRow>();

// Sortable ids match CONSENT_DOCUMENT_SORTS (title, updatedAt).
export const consentColumns = column.columns([
  column.accessor("title", {
    header: "Title",
    cell: (info) => (
      <AnchorLink to="/consent/$documentId" params={{ documentId: info.row.original.id }} fw={600} size="sm">
        {info.getValue()}
      </AnchorLink>
    ),
  }),
  column.accessor("updatedAt", {
    header: "Latest version",
    cell: (info) => {
      const latest = info.row.original.latestVersion;
      if (!latest) return "—";
      return (
        <Stack gap={0}>
          <Text size="sm">Version {latest.version}</Text>
          <Text size="xs" c="dimmed">
            published {formatDate(latest.publishedAt)}
          </Text>
        </Stack>
      );
    },
  }),
  column.accessor("versionCount", { header: "Versions", enableSorting: false }),
  column.accessor("minimumCurrentVersion", {
    header: "Consent counts from",
    enableSorting: false,
    cell: (info) => `Version ${info.getValue()}`,
  }),
  column.accessor("programs", {
    header: "Programs using it",
    enableSorting: false,
    cell: (info) => {
      const programs = info.getValue();
      // A long list of long names wraps in its column rather than running past the table's edge.
      return programs.length > 0 ? (
        <Stack gap={0} miw={180} style={{ whiteSpace: "normal" }}>
          {programs.map((program) => (
            <Text key={program.id} size="sm">
              {program.name}
            </Text>
          ))}
        </Stack>
      ) : (
        <Text span size="sm" c="dimmed">
          None yet
        </Text>
      );
    },
  }),
]);
