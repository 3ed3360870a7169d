import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

/** One row of the cohorts table, as cohorts.list returns it. */
export type CohortRow = inferOutput<TrpcOptions["cohorts"]["list"]>["rows"][number];

/** One cohort with facilitators, status history and what may happen next, as cohorts.get returns it. */
export type Cohort = inferOutput<TrpcOptions["cohorts"]["get"]>;

/** One session of a cohort, with its change history, as sessions.forCohort returns it. */
export type CohortSession = inferOutput<TrpcOptions["sessions"]["forCohort"]>[number];

/** One possible facilitator, with whether they hold a current licence. */
export type FacilitatorOption = inferOutput<TrpcOptions["users"]["facilitators"]>[number];
