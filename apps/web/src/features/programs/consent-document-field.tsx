import { NativeSelect, Skeleton, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";

interface ConsentDocumentFieldProps {
  value: string | null;
  onChange: (documentId: string | null) => void;
  error?: ReactNode;
}

const NONE = "";
const WHY =
  "Members give informed consent to this document's current version before they can be enrolled in the program's cohorts.";

export function ConsentDocumentField({ value, onChange, error }: ConsentDocumentFieldProps) {
  const trpc = useTRPC();
  const documents = useQuery(trpc.consent.documents.queryOptions());

  if (documents.isPending) return <Skeleton height={58} aria-label="Loading consent documents" />;
  if (documents.error) {
    return (
      <Text size="sm" c="red" role="alert">
        The consent documents could not be loaded: {errorMessage(documents.error)}
      </Text>
    );
  }
  const empty = documents.data.length === 0;
  return (
    <NativeSelect
      label="Consent document"
      description={
        empty
          ? "No consent documents have been written yet. Until this program has one, no one can be enrolled in its cohorts."
          : WHY
      }
      data={[
        { value: NONE, label: empty ? "None exist yet" : "None chosen yet" },
        ...documents.data.map((document) => ({
          value: document.id,
          label: document.latestVersion ? `${document.title} (version ${document.latestVersion.version})` : document.title,
        })),
      ]}
      value={value ?? NONE}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      disabled={empty && !value}
      error={error}
    />
  );
}
