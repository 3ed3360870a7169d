import { useQueries, useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";
import type { ConsentDocument, ConsentVersion } from "./types.ts";

export type VersionLookup =
  | { status: "loading" }
  | { status: "error"; error: unknown; retry: () => void }
  | { status: "missing" }
  | { status: "ready"; document: ConsentDocument; version: ConsentVersion };

/**
 * Finds one version by its id. Usually it is a document's latest version, found from the list;
 * an older one is looked for in every document (an organisation keeps only a few).
 */
export function useConsentVersion(versionId: string): VersionLookup {
  const trpc = useTRPC();
  const documents = useQuery(trpc.consent.documents.queryOptions());
  const latestOf = documents.data?.find((document) => document.latestVersion?.id === versionId)?.id;
  const candidates = documents.data ? (latestOf ? [latestOf] : documents.data.map((document) => document.id)) : [];
  const details = useQueries({
    queries: candidates.map((documentId) => trpc.consent.document.queryOptions({ documentId })),
  });
  const failed = [documents, ...details].find((query) => query.error);
  if (failed) return { status: "error", error: failed.error, retry: () => void failed.refetch() };
  if (!documents.data || details.some((query) => !query.data)) return { status: "loading" };
  for (const { data } of details) {
    const version = data?.versions.find((candidate) => candidate.id === versionId);
    if (data && version) return { status: "ready", document: data, version };
  }
  return { status: "missing" };
}
