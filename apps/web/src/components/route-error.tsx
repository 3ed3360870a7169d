import { Center, Stack, Title } from "@mantine/core";
import { type ErrorComponentProps, useRouter } from "@tanstack/react-router";
import { isForbidden, isNotFound } from "../lib/api-error.ts";
import { useDocumentTitle } from "../lib/document-title.ts";
import { AccessDeniedError } from "../lib/session/access-denied-error.ts";
import { AccessDenied } from "./access-denied.tsx";
import { ErrorState } from "./error-state.tsx";
import { NotFound } from "./not-found-page.tsx";

/** What a page shows when it cannot load: no access, not found, or the error with a retry. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  if (error instanceof AccessDeniedError || isForbidden(error)) return <AccessDenied />;
  if (isNotFound(error)) return <NotFound />;
  return (
    <GenericRouteError
      error={error}
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}

function GenericRouteError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  useDocumentTitle("Something went wrong");
  return (
    <Center mih="50vh" p="md">
      <Stack maw={560} w="100%">
        <Title order={1}>Something went wrong</Title>
        <ErrorState error={error} onRetry={onRetry} />
      </Stack>
    </Center>
  );
}

/** The same, for failures outside the signed-in frame (which provides <main> otherwise). */
export function RouteErrorPage(props: ErrorComponentProps) {
  return (
    <main id="main">
      <RouteError {...props} />
    </main>
  );
}
