import { Badge, Button, Table, Text } from "@mantine/core";
import { IconSignature } from "@tabler/icons-react";
import { useState } from "react";
import { ButtonLink } from "../../components/button-link.tsx";
import { CompactTable } from "../../components/compact-table.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { ConsentDocumentLink } from "../consent/consent-document-link.tsx";
import { CONSENT_METHOD_LABELS } from "../consent/consent-labels.ts";
import type { MemberProfile } from "./types.ts";
import { WithdrawConsentModal } from "./withdraw-consent-modal.tsx";

/** Every consent record, newest first. Records are never changed: a withdrawal is a record too. */
export function MemberConsentCard({ member, canRecord }: { member: MemberProfile; canRecord: boolean }) {
  const [withdrawing, setWithdrawing] = useState(false);
  const withdrawable = withdrawableDocuments(member);
  return (
    <SectionCard
      title="Consent history"
      actions={
        canRecord && (
          <ButtonLink
            to="/members/$memberId/consent"
            params={{ memberId: member.id }}
            size="xs"
            variant="light"
            leftSection={<IconSignature size={16} aria-hidden />}
          >
            Record consent
          </ButtonLink>
        )
      }
    >
      {member.consentRecords.length === 0 ? (
        <Text size="sm" c="dimmed">
          No consent on record. No one joins a cohort without current consent to its program's document.
        </Text>
      ) : (
        <CompactTable
          label="Consent history"
          headers={["When", "Document", "Consent", "How", "Recorded by", "Witness", "Reason"]}
          minWidth={860}
        >
          {member.consentRecords.map((record) => (
            <Table.Tr key={record.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(record.occurredAt)}</Table.Td>
              <Table.Td>
                <ConsentDocumentLink documentId={record.version.document.id}>{record.version.document.title}</ConsentDocumentLink>
                <Text size="xs" c="dimmed">
                  Version {record.version.version}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={record.action === "GIVEN" ? "green" : "orange"} variant="light" radius="sm">
                  {record.action === "GIVEN" ? "Given" : "Withdrawn"}
                </Badge>
              </Table.Td>
              <Table.Td>
                {record.method ? CONSENT_METHOD_LABELS[record.method] : "—"}
                {record.signedName && (
                  <Text size="xs" c="dimmed">
                    Signed “{record.signedName}”
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{record.recordedBy?.name ?? "—"}</Table.Td>
              <Table.Td>{record.witnessedBy?.name ?? record.witnessName ?? "—"}</Table.Td>
              <Table.Td maw={240}>{record.reason ?? "—"}</Table.Td>
            </Table.Tr>
          ))}
        </CompactTable>
      )}
      {canRecord && withdrawable.length > 0 && (
        <Button
          variant="subtle"
          color="orange"
          c="var(--circle-warning-text)"
          size="xs"
          w="fit-content"
          onClick={() => setWithdrawing(true)}
        >
          Withdraw consent
        </Button>
      )}
      {withdrawing && <WithdrawConsentModal member={member} documents={withdrawable} onClose={() => setWithdrawing(false)} />}
    </SectionCard>
  );
}

/** Documents whose latest record for this member is a consent: those can be withdrawn. */
function withdrawableDocuments(member: MemberProfile): { id: string; title: string }[] {
  const latest = new Map<string, MemberProfile["consentRecords"][number]>();
  // Records arrive newest first, so the first one seen per document is its latest.
  for (const record of member.consentRecords) {
    if (!latest.has(record.version.document.id)) latest.set(record.version.document.id, record);
  }
  return [...latest.values()].filter((record) => record.action === "GIVEN").map((record) => record.version.document);
}
