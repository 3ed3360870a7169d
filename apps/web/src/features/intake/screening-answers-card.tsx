import { Badge, Group, Text } from "@mantine/core";
import { IconFlagFilled } from "@tabler/icons-react";
import { SectionCard } from "../../components/section-card.tsx";
import classes from "./screening-answers.module.css";
import type { Application } from "./types.ts";

type Answer = Application["answers"][number];

function answerText(answer: Answer): string {
  const value = answer.value;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.length > 0 ? value.join(", ") : "None of these";
  if (value === null || value === undefined || value === "") return "No answer";
  return String(value);
}

/** The answers as given; each risk-indicating answer is marked with the risk it indicates. */
export function ScreeningAnswersCard({ application }: { application: Application }) {
  return (
    <SectionCard title="Screening answers">
      {application.answers.length === 0 ? (
        <Text size="sm" c="dimmed">
          No screening questions were answered for this application.
        </Text>
      ) : (
        <ol className={classes.list}>
          {application.answers.map((answer) => (
            <li key={answer.id} className={answer.isRiskIndicator ? classes.risk : classes.answer}>
              <Text size="sm" c="dimmed">
                {answer.question.prompt}
              </Text>
              <Group gap="sm" wrap="wrap" mt={2}>
                <Text size="sm" fw={600} style={{ whiteSpace: "pre-wrap" }}>
                  {answerText(answer)}
                </Text>
                {answer.isRiskIndicator && (
                  <Badge color="red" variant="filled" leftSection={<IconFlagFilled size={12} aria-hidden />}>
                    {answer.question.riskLabel ?? "Risk indicator"}
                  </Badge>
                )}
              </Group>
            </li>
          ))}
        </ol>
      )}
    </SectionCard>
  );
}
