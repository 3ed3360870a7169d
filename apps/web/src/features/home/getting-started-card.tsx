import { Badge, Group, List, Paper, Stack, Text, ThemeIcon, Title, VisuallyHidden } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ButtonLink } from "../../components/button-link.tsx";
import { type TrpcOptions, useTRPC } from "../../lib/trpc.ts";

type Step = "consentDocuments" | "programs" | "facilitators" | "cohorts" | "applications";

// The order the records build on each other: a program requires a consent document, a cohort
// runs a program with its facilitators, an application asks for a place in a cohort.
const STEPS = [
  {
    key: "consentDocuments",
    title: "Write the consent document",
    detail: "The group agreement and informed consent that members sign before they join.",
    to: "/consent/new",
  },
  {
    key: "programs",
    title: "Design a program",
    detail: "Its group type, sessions and modules, and the consent document it requires.",
    to: "/programs/new",
  },
  {
    key: "facilitators",
    title: "Add the people who lead groups",
    detail: "An account for each facilitator (and for staff who produce reports).",
    to: "/people/new",
  },
  {
    key: "cohorts",
    title: "Schedule a cohort",
    detail: "One run of the program: start date, weekly time, lead and capacity.",
    to: "/cohorts/new",
  },
  {
    key: "applications",
    title: "Take in the first applications",
    detail: "Record people asking to join; screen, interview and decide in Intake.",
    to: "/intake/new",
  },
] as const satisfies readonly { key: Step; title: string; detail: string; to: string }[];

export const gettingStartedQuery = (trpc: TrpcOptions) => trpc.setup.gettingStarted.queryOptions();

/** An administrator's first steps in a new organisation, each ticked when done; gone once all are. */
export function GettingStartedCard() {
  const trpc = useTRPC();
  const { data } = useQuery(gettingStartedQuery(trpc));
  if (!data) return null;
  const done = STEPS.filter((step) => data[step.key] > 0).length;
  if (done === STEPS.length) return null;
  const next = STEPS.find((step) => data[step.key] === 0);

  return (
    <Paper withBorder p="lg" mb="lg" component="section" aria-labelledby="getting-started">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} fz="h4" id="getting-started">
            Getting started
          </Title>
          <Badge variant="light" color="gray">
            {done} of {STEPS.length} done
          </Badge>
        </Group>
        <List
          spacing="sm"
          listStyleType="none"
          type="ordered"
          styles={{ itemWrapper: { width: "100%" }, itemLabel: { flex: 1 } }}
        >
          {STEPS.map((step, index) => {
            const complete = data[step.key] > 0;
            return (
              <List.Item
                key={step.key}
                icon={
                  <ThemeIcon
                    size={26}
                    radius="xl"
                    variant={complete ? "filled" : "light"}
                    color={complete ? "teal" : "gray"}
                    aria-hidden
                  >
                    {complete ? <IconCheck size={16} /> : <Text size="sm">{index + 1}</Text>}
                  </ThemeIcon>
                }
              >
                <Group justify="space-between" gap="sm" wrap="wrap">
                  <div>
                    <Text fw={600} td={complete ? "line-through" : undefined}>
                      {complete ? (
                        <>
                          {step.title}
                          <VisuallyHidden> (done)</VisuallyHidden>
                        </>
                      ) : (
                        <AnchorLink to={step.to}>{step.title}</AnchorLink>
                      )}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {step.detail}
                    </Text>
                  </div>
                  {step === next && (
                    <ButtonLink to={step.to} size="xs">
                      Start
                    </ButtonLink>
                  )}
                </Group>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Paper>
  );
}
