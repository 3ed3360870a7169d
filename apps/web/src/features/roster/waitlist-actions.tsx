import { Button, Group } from "@mantine/core";
import { useState } from "react";
import { memberName } from "../../lib/member-name.ts";
import { OfferResponseModal } from "./offer-response-modal.tsx";
import { RemoveFromWaitlistModal } from "./remove-from-waitlist-modal.tsx";
import type { WaitlistEntry } from "./types.ts";

type Opened = "accept" | "decline" | "remove" | null;

/** What an administrator does for a person on the waitlist, on their behalf. */
export function WaitlistActions({ entry }: { entry: WaitlistEntry }) {
  const [opened, setOpened] = useState<Opened>(null);
  const name = memberName(entry.member);
  return (
    <Group gap="xs" wrap="nowrap">
      {entry.status === "OFFERED" && (
        <>
          <Button size="xs" onClick={() => setOpened("accept")} aria-label={`Accept the offer for ${name}`}>
            Accept offer
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpened("decline")} aria-label={`Decline the offer for ${name}`}>
            Decline offer
          </Button>
        </>
      )}
      <Button
        size="xs"
        variant="subtle"
        color="red"
        onClick={() => setOpened("remove")}
        aria-label={`Remove ${name} from the waitlist`}
      >
        Remove
      </Button>
      {(opened === "accept" || opened === "decline") && (
        <OfferResponseModal entry={entry} accept={opened === "accept"} onClose={() => setOpened(null)} />
      )}
      {opened === "remove" && <RemoveFromWaitlistModal entry={entry} onClose={() => setOpened(null)} />}
    </Group>
  );
}
