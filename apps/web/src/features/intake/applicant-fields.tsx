import { Button, Group, Paper, SegmentedControl, Skeleton, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { MemberPicker } from "../../components/member-picker.tsx";
import { memberName } from "../../lib/member-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { ApplicantMode, ApplicationValues } from "./application-values.ts";
import { DuplicateMatches } from "./duplicate-matches.tsx";
import { NewMemberFields } from "./new-member-fields.tsx";
import type { usePossibleDuplicates } from "./use-possible-duplicates.ts";

interface ApplicantFieldsProps {
  form: UseFormReturnType<ApplicationValues>;
  duplicates: ReturnType<typeof usePossibleDuplicates>;
}

const MODES = [
  { value: "new", label: "A new person" },
  { value: "existing", label: "Someone already on record" },
];

/** Either an existing member, found by search, or a new person, checked for duplicates as they are typed. */
export function ApplicantFields({ form, duplicates }: ApplicantFieldsProps) {
  const mode = form.values.applicantMode;
  const matches = mode === "new" ? (duplicates.data ?? []) : [];
  const chooseExisting = (memberId: string) => {
    form.setFieldValue("applicantMode", "existing");
    form.setFieldValue("memberId", memberId);
  };
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Who is applying"
        data={MODES}
        value={mode}
        onChange={(next) => form.setFieldValue("applicantMode", next as ApplicantMode)}
        w="fit-content"
      />
      {mode === "existing" ? (
        form.values.memberId ? (
          <ChosenMember memberId={form.values.memberId} onChange={() => form.setFieldValue("memberId", "")} />
        ) : (
          <MemberPicker
            value={form.values.memberId}
            onChange={(memberId) => form.setFieldValue("memberId", memberId)}
            error={form.errors.memberId}
          />
        )
      ) : (
        <>
          <NewMemberFields form={form} />
          {matches.length > 0 && (
            <DuplicateMatches
              matches={matches}
              confirmed={form.values.confirmNotDuplicate}
              onConfirmedChange={(confirmed) => form.setFieldValue("confirmNotDuplicate", confirmed)}
              onChoose={(match) => chooseExisting(match.id)}
              error={form.errors.confirmNotDuplicate}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function ChosenMember({ memberId, onChange }: { memberId: string; onChange: () => void }) {
  const trpc = useTRPC();
  const member = useQuery(trpc.members.get.queryOptions({ memberId }));
  return (
    <Paper withBorder p="md" bg="gray.0">
      <Group justify="space-between" gap="sm" wrap="wrap">
        {member.data ? (
          <div>
            <Text fw={600}>{memberName(member.data)}</Text>
            <Text size="sm" c="dimmed">
              {[member.data.pronouns, member.data.email, member.data.phone].filter(Boolean).join(" · ") || "No contact details"}
            </Text>
          </div>
        ) : (
          <Stack gap={4} aria-busy="true" aria-label="Loading member">
            <Skeleton height={16} width={180} />
            <Skeleton height={12} width={240} />
          </Stack>
        )}
        <Button variant="default" size="xs" onClick={onChange}>
          Choose someone else
        </Button>
      </Group>
    </Paper>
  );
}
