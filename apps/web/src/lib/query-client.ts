import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { apiErrorCode, isApiError, isClientError } from "./api-error.ts";

/**
 * `onSignedOut` runs when the server says the session is gone (expired, ended by an admin,
 * password reset elsewhere), so the person lands on the sign-in page instead of a broken screen.
 */
export function createQueryClient(onSignedOut: () => void): QueryClient {
  const handleError = (error: unknown) => {
    // A failed sign-in is also UNAUTHORIZED; that one is the sign-in form's to show.
    if (apiErrorCode(error) === "UNAUTHORIZED" && isApiError(error) && error.data?.path !== "auth.signIn") onSignedOut();
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
