import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

/** One row of the people table, as users.list returns it. */
export type PersonRow = inferOutput<TrpcOptions["users"]["list"]>["rows"][number];

/** One person with credentials and cohorts, as users.get returns it. */
export type Person = inferOutput<TrpcOptions["users"]["get"]>;

export type Credential = Person["credentials"][number];
