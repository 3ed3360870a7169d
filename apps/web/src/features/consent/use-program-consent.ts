import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";
import { type ConsentStanding, consentStanding } from "./consent-standing.ts";

export type ProgramConsent =
  | { status: "loading" }
  | { status: "error"; error: unknown; retry: () => void }
  | { status: "no-document" }
  | {
      status: "ready";
      version: { id: string; version: number };
      document: { id: string; title: string };
      standing: ConsentStanding;
    };

/** The consent document a program requires, its version to sign today, and where this member stands with it. */
export function useProgramConsent(memberId: string, programId: string): ProgramConsent {
  const trpc = useTRPC();
  const current = useQuery(trpc.consent.versionForProgram.queryOptions({ programId }));
  const documentId = current.data?.document.id;
  const document = useQuery({
    ...trpc.consent.document.queryOptions({ documentId: documentId ?? "" }),
    enabled: Boolean(documentId),
  });
  const member = useQuery(trpc.members.get.queryOptions({ memberId }));
  const failed = [current, document, member].find((query) => query.error);
  if (failed) return { status: "error", error: failed.error, retry: () => void failed.refetch() };
  if (current.data === null) return { status: "no-document" };
  if (!current.data || !document.data || !member.data) return { status: "loading" };
  return {
    status: "ready",
    version: current.data,
    document: current.data.document,
    standing: consentStanding(member.data.consentRecords, current.data.document.id, document.data.minimumCurrentVersion),
  };
}
