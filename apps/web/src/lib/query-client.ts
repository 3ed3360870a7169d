import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { apiErrorCode, isApiError, isClientError } from "./api-error.ts";

interface SessionHandlers {
  /** the session is gone (expired, ended by an admin, password reset elsewhere) */
  onSignedOut: () => void;
  /** a refusal may mean the role changed under us: time to re-read who is signed in */
  onForbidden: () => void;
}

export function createQueryClient({ onSignedOut, onForbidden }: SessionHandlers): QueryClient {
  const handleError = (error: unknown) => {
    const code = apiErrorCode(error);
    // A failed sign-in is also UNAUTHORIZED; that one is the sign-in form's to show.
    if (code === "UNAUTHORIZED" && isApiError(error) && error.data?.path !== "auth.signIn") onSignedOut();
    if (code === "FORBIDDEN") onForbidden();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        // Lists change while a facilitator works, but not second to second.
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        retry: (failures, error) => !isClientError(error) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
