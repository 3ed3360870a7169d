import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCalendarShare, IconCheck, IconCopy, IconLock } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorState } from "../../components/error-state.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";

type Confirm = "reissue" | "revoke" | null;

/**
 * A private iCalendar address listing the sessions you facilitate, for your own calendar app.
 * The server keeps only its hash, so the address is shown once, right after it is issued.
 */
export function CalendarFeedCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.calendar.status.queryOptions());
  const [address, setAddress] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const issue = useMutation(trpc.calendar.issue.mutationOptions());
  const revoke = useMutation(trpc.calendar.revoke.mutationOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.calendar.status.queryKey() });

  const issueNew = () =>
    issue.mutate(undefined, {
      onSuccess: async ({ path }) => {
        setAddress(`${window.location.origin}${path}`);
        setConfirm(null);
        await refresh();
      },
    });
  const turnOff = () =>
    revoke.mutate(undefined, {
      onSuccess: async () => {
        setAddress(null);
        setConfirm(null);
        await refresh();
        notifications.show({ color: "green", message: "Your calendar address no longer works" });
      },
    });

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
      {(issue.error || revoke.error) && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(issue.error ?? revoke.error)}
        </Alert>
      )}
      {status.data && (
        <Group gap="sm">
          <Button
            variant={active ? "default" : "filled"}
            leftSection={<IconCalendarShare size={16} aria-hidden />}
            loading={issue.isPending && !confirm}
            onClick={() => (active ? setConfirm("reissue") : issueNew())}
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

      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === "revoke" ? "Turn off your calendar feed?" : "Issue a new calendar address?"}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {confirm === "revoke"
              ? "The current address stops working at once; calendars subscribed to it keep old entries but get no updates."
              : "The current address stops working at once. Replace it in your calendar app with the new one."}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              Cancel
            </Button>
            {confirm === "revoke" ? (
              <Button color="red" onClick={turnOff} loading={revoke.isPending}>
                Turn off
              </Button>
            ) : (
              <Button onClick={issueNew} loading={issue.isPending}>
                Issue new address
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </SectionCard>
  );
}
