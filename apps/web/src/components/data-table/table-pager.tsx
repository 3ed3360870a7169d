import { PAGE_SIZES } from "@circle/validators";
import { Group, NativeSelect, Pagination, Text } from "@mantine/core";

interface TablePagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

const CONTROL_LABELS = { first: "First page", previous: "Previous page", next: "Next page", last: "Last page" } as const;

export function TablePager({ page, pageSize, total, onPageChange, onPageSizeChange }: TablePagerProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const showing = first <= total ? `${first}–${last} of ${total}` : `${total} in all`;
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
            withEdges
            getItemProps={(item) => ({ "aria-label": `Page ${item}`, "aria-current": item === page ? "page" : undefined })}
            getControlProps={(control) => ({ "aria-label": CONTROL_LABELS[control] })}
          />
        </nav>
      )}
    </Group>
  );
}
