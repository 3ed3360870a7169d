import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { errorMessage } from "../api-error.ts";
import { useTRPC } from "../trpc.ts";

/** Ends the session, forgets every cached answer (the next person must not see them), goes to sign-in. */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        await router.navigate({ to: "/sign-in" });
      },
      onError: (error) => {
        notifications.show({ color: "red", title: "Could not sign out", message: errorMessage(error) });
      },
    }),
  );
}
