import { Alert, Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { formatDate } from "../../lib/format.ts";
import { memberName } from "../../lib/member-name.ts";

interface Match {
  id: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  email: string | null;
  phone: string | null;
  createdAt: Date;
}

interface DuplicateMatchesProps {
  matches: Match[];
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  onChoose: (match: Match) => void;
  error?: React.ReactNode;
}

/** People already on record who share the name, email or phone: pick one, or say this is someone else. */
export function DuplicateMatches({ matches, confirmed, onConfirmedChange, onChoose, error }: DuplicateMatchesProps) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconUsers aria-hidden />}
      title={matches.length === 1 ? "This may be someone already on record" : "These people are already on record"}
      aria-live="polite"
    >
      <Stack gap="sm">
        <Text size="sm">
          One person should have one record. If the applicant is one of them, use that record so their history stays together.
        </Text>
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
          {matches.map((match) => (
            <Group key={match.id} component="li" justify="space-between" gap="sm" wrap="wrap">
              <div>
                <Text size="sm" fw={600}>
                  {memberName(match)}
                  {match.preferredName && match.preferredName !== match.firstName ? ` (${match.firstName})` : ""}
                </Text>
                <Text size="xs" c="dimmed">
                  {[match.email, match.phone, `on record since ${formatDate(match.createdAt)}`].filter(Boolean).join(" · ")}
                </Text>
              </div>
              <Button size="xs" variant="white" onClick={() => onChoose(match)} aria-label={`Use ${memberName(match)}'s record`}>
                Use this member
              </Button>
            </Group>
          ))}
        </Stack>
        <Checkbox
          label="This is a different person: create a new member record"
          checked={confirmed}
          onChange={(event) => onConfirmedChange(event.currentTarget.checked)}
          error={error}
        />
      </Stack>
    </Alert>
  );
}
