import { Text } from "@mantine/core";
import type { ReactNode } from "react";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { useMe } from "../../lib/session/use-me.ts";

/**
 * A consent document's name, linked to its page for administrators, who alone open the consent
 * documents (as the menu says); others read the text where they record consent.
 */
export function ConsentDocumentLink({ documentId, children }: { documentId: string; children: ReactNode }) {
  const me = useMe();
  if (me.role !== "ADMIN")
    return (
      <Text span size="sm">
        {children}
      </Text>
    );
  return (
    <AnchorLink to="/consent/$documentId" params={{ documentId }} size="sm">
      {children}
    </AnchorLink>
  );
}
