import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";
import type { NewMemberValues } from "./application-values.ts";

/**
 * Members already on record who may be this new applicant (same name, email or phone), asked
 * once typing pauses. Nothing is asked until there is a full name, an email or a phone number.
 */
export function usePossibleDuplicates(member: NewMemberValues, enabled: boolean) {
  const trpc = useTRPC();
  const probe = {
    firstName: member.firstName.trim(),
    lastName: member.lastName.trim(),
    email: member.email.trim() || undefined,
    phone: member.phone.replace(/\D/g, "").length >= 6 ? member.phone.trim() : undefined,
  };
  const [key] = useDebouncedValue(JSON.stringify(probe), 400);
  const input = JSON.parse(key) as typeof probe;
  const enough = Boolean((input.firstName && input.lastName) || input.email || input.phone);
  return useQuery({
    ...trpc.intake.possibleDuplicates.queryOptions(input),
    enabled: enabled && enough,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
