import { ActionIcon, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconFlagFilled } from "@tabler/icons-react";
import { riskRuleSummary } from "./risk-answer.ts";
import { QUESTION_KIND_LABELS } from "./screening-labels.ts";
import type { ScreeningQuestion } from "./types.ts";

interface QuestionItemProps {
  question: ScreeningQuestion;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  /** absent for people who may only read */
  actions?: {
    onMove: (direction: -1 | 1) => void;
    onEdit: () => void;
    onArchive: () => void;
  };
}

export function QuestionItem({ question, number, isFirst, isLast, actions }: QuestionItemProps) {
  const risk = riskRuleSummary(question);
  return (
    <Paper withBorder p="md" component="li">
      <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Text fw={600}>
            {number}. {question.prompt}
          </Text>
          <Group gap="xs">
            <Badge variant="light" color="gray" radius="sm">
              {QUESTION_KIND_LABELS[question.kind]}
            </Badge>
            <Badge variant="outline" color="gray" radius="sm">
              {question.required ? "Required" : "Optional"}
            </Badge>
          </Group>
          {question.options.length > 0 && (
            <Text size="sm" c="dimmed">
              Options: {question.options.join(" · ")}
            </Text>
          )}
          {question.kind === "SCALE" && (
            <Text size="sm" c="dimmed">
              From {question.scaleMin} to {question.scaleMax}
            </Text>
          )}
          {risk && (
            <Group gap={6} c="red.8" wrap="nowrap" align="flex-start">
              <IconFlagFilled size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="sm">
                Flags “{question.riskLabel}” when the answer is {risk}
              </Text>
            </Group>
          )}
        </Stack>
        {actions && (
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="default"
              size="lg"
              onClick={() => actions.onMove(-1)}
              disabled={isFirst}
              aria-label={`Move question ${number} up`}
              data-move={`${question.id}:up`}
            >
              <IconArrowUp size={18} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="default"
              size="lg"
              onClick={() => actions.onMove(1)}
              disabled={isLast}
              aria-label={`Move question ${number} down`}
              data-move={`${question.id}:down`}
            >
              <IconArrowDown size={18} aria-hidden />
            </ActionIcon>
            <Button variant="default" size="sm" onClick={actions.onEdit} aria-label={`Edit question ${number}`}>
              Edit
            </Button>
            <Button variant="subtle" color="red" size="sm" onClick={actions.onArchive} aria-label={`Archive question ${number}`}>
              Archive
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
