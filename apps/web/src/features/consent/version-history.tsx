import { Badge, Button, Table, Text } from "@mantine/core";
import { CompactTable } from "../../components/compact-table.tsx";
import { formatDateTime } from "../../lib/format.ts";
import type { ConsentDocument } from "./types.ts";

interface VersionHistoryProps {
  document: ConsentDocument;
  shown: number;
  onShow: (version: number) => void;
}

/** Every published version, newest first, with how many consent records point at it. */
export function VersionHistory({ document, shown, onShow }: VersionHistoryProps) {
  return (
    <CompactTable
      label="Version history"
      headers={["Version", "Published", "Current members must consent again", "Consent records", ""]}
      minWidth={640}
    >
      {document.versions.map((version) => (
        <Table.Tr key={version.id} bg={version.version === shown ? "var(--mantine-color-circle-0)" : undefined}>
          <Table.Td>
            <Text size="sm" fw={600}>
              Version {version.version}
            </Text>
            {version.version === document.versions[0]?.version && (
              <Badge size="xs" variant="light" radius="sm">
                Latest
              </Badge>
            )}
          </Table.Td>
          <Table.Td>
            <Text size="sm">{formatDateTime(version.publishedAt)}</Text>
            <Text size="xs" c="dimmed">
              by {version.publishedBy?.name ?? "a former user"}
            </Text>
          </Table.Td>
          <Table.Td>
            {version.version === 1 ? "First version" : version.requiresReconsent ? "Yes" : "No: earlier consent still counts"}
          </Table.Td>
          <Table.Td>{version._count.records}</Table.Td>
          <Table.Td>
            <Button
              size="xs"
              variant={version.version === shown ? "light" : "default"}
              onClick={() => onShow(version.version)}
              aria-pressed={version.version === shown}
              aria-label={`Read version ${version.version}`}
            >
              {version.version === shown ? "Reading" : "Read"}
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    </CompactTable>
  );
}
