import { Stack, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { ButtonLink } from "../../components/button-link.tsx";
import { DetailList } from "../../components/detail-list.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { WAITLIST_STATUS_LABELS } from "../../lib/labels/enrollment-labels.ts";
import { memberFullName, memberName } from "../../lib/member-name.ts";
import { REFERRAL_CATEGORY_LABELS, REFERRAL_URGENCY_LABELS } from "../referrals/referral-labels.ts";
import { REFERRAL_SOURCE_LABELS } from "./intake-labels.ts";
import type { Application } from "./types.ts";

/** Who is applying to what, and how they came. */
export function ApplicantSummaryCard({ application }: { application: Application }) {
  const { member } = application;
  return (
    <SectionCard
      title="Applicant"
      actions={
        <ButtonLink
          to="/members/$memberId"
          params={{ memberId: member.id }}
          variant="subtle"
          size="xs"
          rightSection={<IconArrowRight size={14} aria-hidden />}
          aria-label={`Open ${memberName(member)}'s member page`}
        >
          Member page
        </ButtonLink>
      }
    >
      <Stack gap="xs">
        <DetailList
          items={[
            { label: "Name", value: memberFullName(member) },
            { label: "Preferred name", value: member.preferredName },
            { label: "Pronouns", value: member.pronouns },
            { label: "Email", value: member.email },
            { label: "Phone", value: member.phone },
            { label: "Program", value: application.program.name },
            { label: "Cohort", value: application.cohort?.name ?? "Any cohort of the program" },
            {
              label: "Referral",
              value: [REFERRAL_SOURCE_LABELS[application.referralSource], application.referralSourceDetail]
                .filter(Boolean)
                .join(": "),
            },
            { label: "Submitted", value: formatDateTime(application.submittedAt) },
            { label: "Recorded by", value: application.createdBy?.name },
            ...waitlistPlaces(application),
            ...application.referrals.map((referral) => ({
              label: "Referred to",
              value: `${referral.resource?.name ?? "No specific resource"} (${REFERRAL_CATEGORY_LABELS[referral.category]}, ${REFERRAL_URGENCY_LABELS[referral.urgency].toLowerCase()})`,
            })),
          ]}
        />
        {application.intakeNotes && (
          <div>
            <Text size="sm" fw={600}>
              Intake notes
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {application.intakeNotes}
            </Text>
          </div>
        )}
      </Stack>
    </SectionCard>
  );
}

/** Where the person waits now, if they do. */
function waitlistPlaces(application: Application) {
  return application.waitlistEntries
    .filter((entry) => entry.status === "WAITING" || entry.status === "OFFERED")
    .map((entry) => ({
      label: "Waitlist",
      value: `Place ${entry.position} for ${entry.cohort?.name ?? "the program's next cohort"}: ${WAITLIST_STATUS_LABELS[entry.status].toLowerCase()}${
        entry.status === "OFFERED" && entry.offerExpiresAt ? ` until ${formatDateTime(entry.offerExpiresAt)}` : ""
      }`,
    }));
}
