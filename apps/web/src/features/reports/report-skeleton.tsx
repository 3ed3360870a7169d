import { SimpleGrid, Skeleton, Stack } from "@mantine/core";

const FIGURE_SLOTS = ["a", "b", "c", "d", "e", "f"];

/** The shape of a report while its first answer is on its way. */
export function ReportSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading the report">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
        {FIGURE_SLOTS.map((slot) => (
          <Skeleton key={slot} h={92} />
        ))}
      </SimpleGrid>
      <Skeleton h={300} />
    </Stack>
  );
}
