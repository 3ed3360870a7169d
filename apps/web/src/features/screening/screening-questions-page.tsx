import { Button, EmptyState, Skeleton, Stack, VisuallyHidden } from "@mantine/core";
import { IconArrowLeft, IconListCheck, IconPlus } from "@tabler/icons-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { AccessDenied } from "../../components/access-denied.tsx";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { NotFound } from "../../components/not-found-page.tsx";
import { useKeepFocusAfterMove } from "../../components/ordered-list/use-keep-focus-after-move.ts";
import { useOptimisticOrder } from "../../components/ordered-list/use-optimistic-order.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { apiErrorCode, isForbidden } from "../../lib/api-error.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useRefresh } from "../../lib/use-refresh.ts";
import { ArchiveQuestionModal } from "./archive-question-modal.tsx";
import { AddQuestionModal, EditQuestionModal } from "./question-form-modal.tsx";
import { QuestionItem } from "./question-item.tsx";
import type { ScreeningQuestion } from "./types.ts";

const route = getRouteApi("/app/programs/$programId/screening");
const NO_QUESTIONS: ScreeningQuestion[] = [];

type Editing = { kind: "add" } | { kind: "edit"; question: ScreeningQuestion } | { kind: "archive"; question: ScreeningQuestion };

/** A program's screening questions in the order they are asked; admins shape them, others read them. */
export function ScreeningQuestionsPage() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const me = useMe();
  const { programId } = route.useParams();
  const program = useQuery(trpc.programs.get.queryOptions({ programId }));
  const questions = useQuery(trpc.intake.questions.queryOptions({ programId }));
  const reorder = useMutation(trpc.intake.reorderQuestions.mutationOptions());
  const { order, move, announcement } = useOptimisticOrder(questions.data ?? NO_QUESTIONS, {
    save: (questionIds) => reorder.mutateAsync({ programId, questionIds }),
    refresh: () => refresh(trpc.intake),
    describe: (question) => `“${question.prompt}”`,
  });
  const { listRef, keepFocus } = useKeepFocusAfterMove<HTMLDivElement>();
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
      <VisuallyHidden aria-live="polite" role="status">
        {announcement}
      </VisuallyHidden>
      {error ? (
        <ErrorState error={error} onRetry={() => void Promise.all([program.refetch(), questions.refetch()])} />
      ) : !questions.data ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading questions">
          <Skeleton height={96} />
          <Skeleton height={96} />
        </Stack>
      ) : order.length === 0 ? (
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
        <Stack ref={listRef} gap="sm" component="ol" m={0} p={0} style={{ listStyle: "none" }} aria-label="Screening questions">
          {order.map((question, index, all) => (
            <QuestionItem
              key={question.id}
              question={question}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === all.length - 1}
              actions={
                isAdmin
                  ? {
                      onMove: (step) => {
                        move(question.id, step);
                        keepFocus(question.id, step);
                      },
                      onEdit: () => setEditing({ kind: "edit", question }),
                      onArchive: () => setEditing({ kind: "archive", question }),
                    }
                  : undefined
              }
            />
          ))}
        </Stack>
      )}
      {editing?.kind === "add" && <AddQuestionModal programId={programId} onClose={() => setEditing(null)} />}
      {editing?.kind === "edit" && <EditQuestionModal question={editing.question} onClose={() => setEditing(null)} />}
      {editing?.kind === "archive" && <ArchiveQuestionModal question={editing.question} onClose={() => setEditing(null)} />}
    </>
  );
}
