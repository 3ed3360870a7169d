import { Paper, SimpleGrid, Text } from "@mantine/core";

export interface Figure {
  label: string;
  value: string;
  /** what the number counts, for anyone unsure */
  hint?: string;
}

/** The report's headline numbers, as a definition list so each value is read with its label. */
export function ReportFigures({ figures, label }: { figures: Figure[]; label: string }) {
  return (
    <SimpleGrid component="dl" aria-label={label} cols={{ base: 2, sm: 3, lg: 6 }} spacing="md" mb="lg" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.label} withBorder p="md" className="report-figure">
          <Text component="dt" size="sm" c="dimmed" fw={600}>
            {figure.label}
          </Text>
          <Text component="dd" fz={26} fw={700} m={0}>
            {figure.value}
          </Text>
          {figure.hint && (
            <Text component="dd" size="xs" c="dimmed" m={0}>
              {figure.hint}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
