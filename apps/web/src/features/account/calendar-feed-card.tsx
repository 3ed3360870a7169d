import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCalendarShare, IconCheck, IconCopy, IconLock } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmDialog } from "../../components/confirm/confirm-dialog.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommand } from "../../lib/forms/use-command.ts";
import { useTRPC } from "../../lib/trpc.ts";

type Confirm = "reissue" | "revoke" | null;

/**
 * A private iCalendar address listing the sessions you facilitate, for your own calendar app.
 * The server keeps only its hash, so the address is shown once, right after it is issued.
 */
export function CalendarFeedCard() {
  const trpc = useTRPC();
  const status = useQuery(trpc.calendar.status.queryOptions());
  const [address, setAddress] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const { run: issue, mutation: issuing } = useCommand({
    mutation: trpc.calendar.issue.mutationOptions(),
    invalidates: [trpc.calendar],
  });
  const show = ({ path }: { path: string }) => setAddress(`${window.location.origin}${path}`);

  const active = status.data?.active;
  return (
    <SectionCard title="Calendar feed">
      <Text size="sm">
        Add the sessions you facilitate to your own calendar (Google, Outlook, Apple) with a private address it checks for
        changes. It shows cohort names, times and places; no member details.
      </Text>
      {status.error ? (
        <ErrorState error={status.error} onRetry={() => void status.refetch()} />
      ) : address ? (
        <Stack gap="xs">
          <Alert variant="light" color="yellow" icon={<IconLock aria-hidden />} title="Copy it now: it is shown only once">
            Anyone with this address can see your sessions, so keep it to yourself. In your calendar app choose “Add calendar from
            URL” (or “subscribe”) and paste it.
          </Alert>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label="Your private calendar address"
              value={address}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: 1 }}
              styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 12 } }}
            />
            <CopyButton value={address}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? "light" : "filled"}
                  color={copied ? "green" : undefined}
                  leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                  onClick={copy}
                >
                  {copied ? "Copied" : "Copy"}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      ) : active ? (
        <Text size="sm" c="dimmed">
          Your feed is on. For your privacy its address is not shown again; if you lost it, issue a new one.
        </Text>
      ) : status.data ? (
        <Text size="sm" c="dimmed">
          You have no calendar address yet.
        </Text>
      ) : null}
      <FormFailure title="No address issued" failure={issuing.error} />
      {status.data && (
        <Group gap="sm">
          <Button
            variant={active ? "default" : "filled"}
            leftSection={<IconCalendarShare size={16} aria-hidden />}
            loading={issuing.isPending}
            onClick={() => (active ? setConfirm("reissue") : issue(undefined, { onSuccess: show }))}
          >
            {active ? "Issue a new address" : "Create my calendar address"}
          </Button>
          {active && (
            <Button variant="light" color="red" onClick={() => setConfirm("revoke")}>
              Turn off the feed
            </Button>
          )}
        </Group>
      )}
      <Text size="xs" c="dimmed">
        Issuing a new address revokes the old one at once: calendars using it stop updating.
      </Text>

      <ConfirmDialog
        opened={confirm === "revoke"}
        onClose={() => setConfirm(null)}
        title="Turn off your calendar feed?"
        mutation={trpc.calendar.revoke.mutationOptions()}
        input={undefined}
        invalidates={[trpc.calendar]}
        onSuccess={() => {
          setAddress(null);
          notifications.show({ color: "green", message: "Your calendar address no longer works" });
        }}
        failureTitle="Not turned off"
        confirmLabel="Turn off"
        confirmColor="red"
      >
        <Text size="sm">
          The current address stops working at once; calendars subscribed to it keep old entries but get no updates.
        </Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === "reissue"}
        onClose={() => setConfirm(null)}
        title="Issue a new calendar address?"
        mutation={trpc.calendar.issue.mutationOptions()}
        input={undefined}
        invalidates={[trpc.calendar]}
        onSuccess={show}
        failureTitle="No address issued"
        confirmLabel="Issue new address"
      >
        <Text size="sm">The current address stops working at once. Replace it in your calendar app with the new one.</Text>
      </ConfirmDialog>
    </SectionCard>
  );
}
