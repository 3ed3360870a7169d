import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

/** One session with its cohort, as the week view and home page get them. */
export type SessionWithCohort = inferOutput<TrpcOptions["sessions"]["week"]>["sessions"][number];
