import { Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconSignature } from "@tabler/icons-react";
import { ButtonLink } from "../../components/button-link.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { memberFullName, memberName } from "../../lib/member-name.ts";
import type { Roster } from "./types.ts";

const WHY = { none: "Not yet consented", withdrawn: "Withdrew consent", outdated: "Consented to an earlier version" } as const;

/**
 * Before session 1: who in this cohort still lacks current consent (accepted applicants, who
 * cannot be enrolled without it, and members whose consent lapsed), so it can be collected in the room.
 */
export function AwaitingConsentCard({ awaiting }: { awaiting: NonNullable<Roster["awaitingConsent"]> }) {
  const { versionId, people } = awaiting;
  return (
    <SectionCard title="Consent before session 1">
      {people.length === 0 ? (
        <Text size="sm" c="dimmed">
          Everyone accepted or enrolled has current consent on record.
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            {people.length === 1 ? "1 person still needs" : `${people.length} people still need`} to consent before joining.{" "}
            {versionId
              ? "Each opens the whole document first, then how they consent."
              : "The program has no consent document yet."}
          </Text>
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="xs" aria-label="People without current consent">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Standing</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Action</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((person) => (
                  <Table.Tr key={person.memberId}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {memberFullName(person)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {WHY[person.reason]}
                        {person.enrolled ? "" : " · accepted, not yet enrolled"}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {versionId && (
                        <ButtonLink
                          size="xs"
                          variant="light"
                          to="/members/$memberId/consent"
                          params={{ memberId: person.memberId }}
                          search={{ versionId, applicationId: person.applicationId ?? undefined }}
                          leftSection={<IconSignature size={16} aria-hidden />}
                          aria-label={`Record consent: ${memberName(person)}`}
                        >
                          Record consent
                        </ButtonLink>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </SectionCard>
  );
}
