import { Badge, Button, Grid, Group, Skeleton, Stack } from "@mantine/core";
import { IconArchive, IconArchiveOff, IconCalendarPlus, IconListCheck, IconUsersGroup } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { AccessDenied } from "../../components/access-denied.tsx";
import { ButtonLink } from "../../components/button-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { NotFound } from "../../components/not-found-page.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { apiErrorCode, isForbidden } from "../../lib/api-error.ts";
import { useDocumentTitle } from "../../lib/document-title.ts";
import { formatDate } from "../../lib/format.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ArchiveProgramModal } from "./archive-program-modal.tsx";
import { BackToPrograms } from "./back-to-programs.tsx";
import { EditProgramForm } from "./edit-program-form.tsx";
import { ProgramModulesCard } from "./modules/program-modules-card.tsx";
import { DELIVERY_LABELS, GROUP_TYPE_COLORS, GROUP_TYPE_LABELS } from "./program-labels.ts";
import { ProgramSummaryCard } from "./program-summary-card.tsx";

const route = getRouteApi("/app/programs/$programId");

/** One program: admins edit its design and modules; everyone else reads them. */
export function ProgramPage() {
  const trpc = useTRPC();
  const me = useMe();
  const { programId } = route.useParams();
  const program = useQuery(trpc.programs.get.queryOptions({ programId }));
  const [archiveOpen, setArchiveOpen] = useState(false);

  if (isForbidden(program.error)) return <AccessDenied />;
  // A malformed id in the address is as missing as an unknown one.
  const code = apiErrorCode(program.error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
  if (program.error) {
    return (
      <>
        <PageHeader title="Program" back={<BackToPrograms />} />
        <ErrorState error={program.error} onRetry={() => void program.refetch()} />
      </>
    );
  }
  if (!program.data) return <ProgramSkeleton />;

  const data = program.data;
  const isAdmin = me.role === "ADMIN";
  const archived = Boolean(data.archivedAt);
  return (
    <>
      <PageHeader
        title={data.name}
        back={<BackToPrograms />}
        description={
          <Group gap="xs" component="span">
            <Badge color={GROUP_TYPE_COLORS[data.groupType]} variant="light" radius="sm">
              {GROUP_TYPE_LABELS[data.groupType]}
            </Badge>
            <Badge color="gray" variant="outline" radius="sm">
              {DELIVERY_LABELS[data.delivery]}
            </Badge>
            {archived && (
              <Badge color="orange" variant="light" radius="sm">
                Archived {formatDate(data.archivedAt)}
              </Badge>
            )}
          </Group>
        }
        actions={
          <>
            <ButtonLink
              to="/cohorts"
              search={{ programId: data.id }}
              variant="default"
              leftSection={<IconUsersGroup size={18} aria-hidden />}
            >
              {/* A facilitator's list holds only their own cohorts, so the total would mislead them. */}
              {me.role === "FACILITATOR" ? "Cohorts" : `Cohorts (${data._count.cohorts})`}
            </ButtonLink>
            <ButtonLink
              to="/programs/$programId/screening"
              params={{ programId: data.id }}
              variant="default"
              leftSection={<IconListCheck size={18} aria-hidden />}
            >
              Screening questions
            </ButtonLink>
            {isAdmin && !archived && (
              <ButtonLink
                to="/cohorts/new"
                search={{ programId: data.id }}
                leftSection={<IconCalendarPlus size={18} aria-hidden />}
              >
                Schedule a cohort
              </ButtonLink>
            )}
            {isAdmin && (
              <Button
                variant="light"
                color={archived ? undefined : "orange"}
                leftSection={archived ? <IconArchiveOff size={18} aria-hidden /> : <IconArchive size={18} aria-hidden />}
                onClick={() => setArchiveOpen(true)}
              >
                {archived ? "Restore" : "Archive"}
              </Button>
            )}
          </>
        }
      />
      <Grid gap="lg">
        {/* Admins come to edit, so the modules lead; readers start with what the program is. */}
        <Grid.Col span={{ base: 12, xl: 7 }} order={{ base: isAdmin ? 2 : 1, xl: 1 }}>
          {isAdmin ? <EditProgramForm key={data.id} program={data} /> : <ProgramSummaryCard program={data} />}
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 5 }} order={{ base: isAdmin ? 1 : 2, xl: 2 }}>
          <ProgramModulesCard program={data} canEdit={isAdmin} />
        </Grid.Col>
      </Grid>
      {isAdmin && <ArchiveProgramModal program={data} opened={archiveOpen} onClose={() => setArchiveOpen(false)} />}
    </>
  );
}

function ProgramSkeleton() {
  useDocumentTitle("Program");
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading program">
      <Skeleton height={36} width="40%" />
      <Skeleton height={160} />
      <Skeleton height={320} />
    </Stack>
  );
}
