import { Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { SectionCard } from "../../components/section-card.tsx";
import { DELIVERY_LABELS, GROUP_TYPE_LABELS, joinRuleInWords, LEADERSHIP_LABELS, THERAPY_LEAD_RULE } from "./program-labels.ts";
import type { Program } from "./types.ts";

/** The program's design as facilitators and staff read it. */
export function ProgramSummaryCard({ program }: { program: Program }) {
  return (
    <SectionCard title="Design">
      {program.description ? (
        <Text size="sm" style={{ whiteSpace: "pre-line" }}>
          {program.description}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          No description yet.
        </Text>
      )}
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6}>
        <Table.Tbody>
          <Row label="Group type">{GROUP_TYPE_LABELS[program.groupType]}</Row>
          <Row label="Leadership">{LEADERSHIP_LABELS[program.leadership]}</Row>
          <Row label="Delivery">{DELIVERY_LABELS[program.delivery]}</Row>
          <Row label="Sessions">
            {program.sessionCount} sessions of {program.sessionLengthMinutes} minutes
          </Row>
          <Row label="Capacity">
            {program.defaultCapacity} seats; runs with at least {program.minimumEnrollment}
          </Row>
          <Row label="Joining">{joinRuleInWords(program.joinUntilSession)}</Row>
          <Row label="Completion">Attending at least {program.completionPercent}% of the held sessions.</Row>
          <Row label="Follow-up">
            {program.followUpAfterAbsences
              ? `After ${program.followUpAfterAbsences} absences in a row.`
              : "After the organisation's number of absences in a row."}
          </Row>
          <Row label="Lead">
            {program.groupType === "THERAPY"
              ? THERAPY_LEAD_RULE
              : program.requiresLicensedLead
                ? "Must hold a current professional licence."
                : "Any trained facilitator may lead."}
          </Row>
          <Row label="Consent">{program.consentDocument?.title ?? "No consent document chosen yet."}</Row>
          <Row label="Intake">
            {program.licensedLeadsDecide
              ? "Facilitators interview and recommend; a cohort's licensed lead may decide."
              : "Facilitators interview and recommend; an administrator decides."}
            {program.facilitatorsSeeUnplaced ? " They also see applications not yet placed in a cohort." : ""}
          </Row>
          <Row label="Eligibility">
            <Text size="sm" style={{ whiteSpace: "pre-line" }}>
              {program.eligibilityNotes || "No notes."}
            </Text>
          </Row>
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={120} style={{ verticalAlign: "top" }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
