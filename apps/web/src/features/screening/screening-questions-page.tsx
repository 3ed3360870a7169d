import { Alert, Button, EmptyState, Skeleton, Stack } from "@mantine/core";
import { IconArrowLeft, IconListCheck, IconPlus } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { AccessDenied } from "../../components/access-denied.tsx";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { NotFound } from "../../components/not-found-page.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { apiErrorCode, errorMessage, isForbidden } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import type { ScreeningQuestion } from "../intake/types.ts";
import { ArchiveQuestionModal } from "./archive-question-modal.tsx";
import { QuestionFormModal } from "./question-form-modal.tsx";
import { QuestionItem } from "./question-item.tsx";

const route = getRouteApi("/app/programs/$programId/screening");

type Editing = { kind: "add" } | { kind: "edit"; question: ScreeningQuestion } | { kind: "archive"; question: ScreeningQuestion };

/** A program's screening questions in the order they are asked; admins shape them, others read them. */
export function ScreeningQuestionsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const { programId } = route.useParams();
  const program = useQuery(trpc.programs.get.queryOptions({ programId }));
  const questions = useQuery(trpc.intake.questions.queryOptions({ programId }));
  const reorder = useMutation(trpc.intake.reorderQuestions.mutationOptions());
  const [editing, setEditing] = useState<Editing | null>(null);
  const isAdmin = me.role === "ADMIN";

  const error = program.error ?? questions.error;
  if (isForbidden(error)) return <AccessDenied />;
  const code = apiErrorCode(error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;

  const title = program.data ? `Screening: ${program.data.name}` : "Screening questions";
  const back = (
    <AnchorLink to="/programs/$programId" params={{ programId }} size="sm" w="fit-content">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "-2px", marginRight: 4 }} />
      {program.data?.name ?? "Program"}
    </AnchorLink>
  );

  const move = (index: number, direction: -1 | 1) => {
    const list = questions.data ?? [];
    const ids = list.map((question) => question.id);
    const target = index + direction;
    const id = ids[index];
    const other = ids[target];
    if (!id || !other) return;
    ids[index] = other;
    ids[target] = id;
    reorder.mutate(
      { programId, questionIds: ids },
      {
        onSuccess: (ordered) => {
          queryClient.setQueryData(trpc.intake.questions.queryKey({ programId }), ordered);
          // Keep the keyboard where it was: on the same question's button, now in its new place.
          requestAnimationFrame(() => {
            const canGoOn = direction === -1 ? target > 0 : target < ordered.length - 1;
            const side = (direction === -1) === canGoOn ? "up" : "down";
            document.querySelector<HTMLElement>(`[data-move="${id}-${side}"]`)?.focus();
          });
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={title}
        back={back}
        description="Asked of everyone who applies to this program, in this order. Answers marked as risk indicators flag the application."
        actions={
          isAdmin && (
            <Button onClick={() => setEditing({ kind: "add" })} leftSection={<IconPlus size={18} aria-hidden />}>
              Add question
            </Button>
          )
        }
      />
      {reorder.error && (
        <Alert color="red" variant="light" role="alert" title="The order was not changed" mb="md">
          {errorMessage(reorder.error)}
        </Alert>
      )}
      {error ? (
        <ErrorState error={error} onRetry={() => void Promise.all([program.refetch(), questions.refetch()])} />
      ) : !questions.data ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading questions">
          <Skeleton height={96} />
          <Skeleton height={96} />
        </Stack>
      ) : questions.data.length === 0 ? (
        <EmptyState
          py="xl"
          icon={<IconListCheck size={28} aria-hidden />}
          withIndicatorBackground
          title="No screening questions yet"
          description="Ask what intake needs to know: current support, recent crises, thoughts of self-harm, what the person hopes for. Mark the answers that need a second look as risk indicators."
        >
          {isAdmin && (
            <EmptyState.Actions>
              <Button onClick={() => setEditing({ kind: "add" })} leftSection={<IconPlus size={18} aria-hidden />}>
                Add question
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: "none" }} aria-label="Screening questions">
          {questions.data.map((question, index, all) => (
            <QuestionItem
              key={question.id}
              question={question}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === all.length - 1}
              actions={
                isAdmin
                  ? {
                      onMove: (direction) => move(index, direction),
                      onEdit: () => setEditing({ kind: "edit", question }),
                      onArchive: () => setEditing({ kind: "archive", question }),
                      moving: reorder.isPending,
                    }
                  : undefined
              }
            />
          ))}
        </Stack>
      )}
      {(editing?.kind === "add" || editing?.kind === "edit") && (
        <QuestionFormModal
          programId={programId}
          question={editing.kind === "edit" ? editing.question : undefined}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === "archive" && (
        <ArchiveQuestionModal programId={programId} question={editing.question} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
