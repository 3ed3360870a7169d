import { type UseMutationOptions, useMutation } from "@tanstack/react-query";
import { type RefreshableRouter, useRefresh } from "../use-refresh.ts";

export interface CommandOptions<Input, Result, TError, TContext> {
  /** the command: `trpc.<router>.<procedure>.mutationOptions()` */
  mutation: UseMutationOptions<Result, TError, Input, TContext>;
  /** the routers whose queries the command changes; refetched before `onSuccess` runs */
  invalidates: RefreshableRouter[];
}

/**
 * One command sent from a button or dialog: the mutation, then its routers refetched, then the
 * caller's follow-up. Forms use `useCommandForm`, which runs its command through this.
 */
export function useCommand<Input, Result, TError, TContext>({
  mutation: options,
  invalidates,
}: CommandOptions<Input, Result, TError, TContext>) {
  const refresh = useRefresh();
  const mutation = useMutation(options);
  const run = (input: Input, then: { onSuccess?: (result: Result) => unknown; onError?: (error: TError) => unknown } = {}) =>
    mutation.mutate(input, {
      onSuccess: async (result) => {
        await refresh(...invalidates);
        await then.onSuccess?.(result);
      },
      onError: (error) => void then.onError?.(error),
    });
  return { run, mutation };
}
