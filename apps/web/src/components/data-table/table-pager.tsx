import { PAGE_SIZES } from "@circle/validators";
import { Group, NativeSelect, Pagination, Text } from "@mantine/core";
import { pagerFigures } from "./pager-figures.ts";

interface TablePagerProps {
  page: number;
  pageSize: number;
  total: number;
  totalIsAtLeast?: boolean;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

const CONTROL_LABELS = { first: "First page", previous: "Previous page", next: "Next page", last: "Last page" } as const;

export function TablePager({ onPageChange, onPageSizeChange, ...figures }: TablePagerProps) {
  const { page, pageSize } = figures;
  const { pageCount, showing } = pagerFigures(figures);
  return (
    <Group justify="space-between" mt="md" gap="md">
      <Group gap="md">
        <Text size="sm" c="dimmed" aria-live="polite">
          {showing}
        </Text>
        <NativeSelect
          label="Rows per page"
          size="xs"
          data={PAGE_SIZES.map(String)}
          value={String(pageSize)}
          onChange={(event) => onPageSizeChange(Number(event.currentTarget.value))}
          styles={{ root: { display: "flex", alignItems: "center", gap: 8 }, label: { fontWeight: 400 } }}
        />
      </Group>
      {pageCount > 1 && page <= pageCount && (
        <nav aria-label="Pagination">
          <Pagination
            total={pageCount}
            value={page}
            onChange={onPageChange}
            size="sm"
            // the last page is unknown while the total is a lower bound
            withEdges={!figures.totalIsAtLeast}
            getItemProps={(item) => ({ "aria-label": `Page ${item}`, "aria-current": item === page ? "page" : undefined })}
            getControlProps={(control) => ({ "aria-label": CONTROL_LABELS[control] })}
          />
        </nav>
      )}
    </Group>
  );
}
