import { Skeleton, Stack } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { AccessDenied } from "../../components/access-denied.tsx";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { NotFound } from "../../components/not-found-page.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { apiErrorCode, isForbidden } from "../../lib/api-error.ts";
import { useDocumentTitle } from "../../lib/document-title.ts";
import { memberName } from "../../lib/member-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ConsentCaptureForm } from "./consent-capture-form.tsx";
import { ConsentDocumentChooser } from "./consent-document-chooser.tsx";
import { ConsentReadingCard } from "./consent-reading-card.tsx";
import type { ConsentMember } from "./types.ts";
import { useConsentVersion } from "./use-consent-version.ts";

const route = getRouteApi("/app/members/$memberId/consent");

/** The document in full first, then how the person consented. */
export function ConsentCapturePage() {
  const trpc = useTRPC();
  const { memberId } = route.useParams();
  const { versionId, applicationId } = route.useSearch();
  const member = useQuery(trpc.members.get.queryOptions({ memberId }));

  if (isForbidden(member.error)) return <AccessDenied />;
  const code = apiErrorCode(member.error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
  if (member.error) {
    return (
      <>
        <PageHeader title="Record consent" />
        <ErrorState error={member.error} onRetry={() => void member.refetch()} />
      </>
    );
  }
  if (!member.data) return <CaptureSkeleton />;

  const back = (
    <AnchorLink to="/members/$memberId" params={{ memberId }} size="sm" w="fit-content">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "-2px", marginRight: 4 }} />
      {memberName(member.data)}
    </AnchorLink>
  );
  return (
    <>
      <PageHeader
        title={`Record consent: ${memberName(member.data)}`}
        description="Consent records are never changed. A mistake, or a change of mind, is recorded as a withdrawal."
        back={back}
      />
      {versionId ? (
        <VersionCapture member={member.data} versionId={versionId} applicationId={applicationId} />
      ) : (
        <ConsentDocumentChooser memberId={memberId} />
      )}
    </>
  );
}

function VersionCapture({
  member,
  versionId,
  applicationId,
}: {
  member: ConsentMember;
  versionId: string;
  applicationId?: string;
}) {
  const lookup = useConsentVersion(versionId);
  if (lookup.status === "error") return <ErrorState error={lookup.error} onRetry={lookup.retry} />;
  if (lookup.status === "loading") return <Skeleton height={420} aria-label="Loading the consent document" />;
  if (lookup.status === "missing") {
    return (
      <Stack>
        <ErrorState title="This consent document version does not exist" error={new Error("Choose the document again.")} />
        <ConsentDocumentChooser memberId={member.id} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <ConsentReadingCard document={lookup.document} version={lookup.version} name={memberName(member)} />
      <ConsentCaptureForm member={member} document={lookup.document} version={lookup.version} applicationId={applicationId} />
    </Stack>
  );
}

function CaptureSkeleton() {
  useDocumentTitle("Record consent");
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading">
      <Skeleton height={36} width="45%" />
      <Skeleton height={420} />
    </Stack>
  );
}
