import { Skeleton, Table } from "@mantine/core";

// Fixed widths per column position so the placeholder looks like text, not a striped block.
const WIDTHS = ["70%", "85%", "50%", "45%", "60%", "55%"];

export function SkeletonRows({ rows, columns }: { rows: number; columns: number }) {
  return Array.from({ length: rows }, (_, row) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
    <Table.Tr key={row} aria-hidden>
      {Array.from({ length: columns }, (_, column) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Table.Td key={column}>
          <Skeleton height={12} width={WIDTHS[column % WIDTHS.length]} radius="sm" />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}
