import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

/** Seats, lock state and every enrollment of one cohort, as enrollment.roster returns it. */
export type Roster = inferOutput<TrpcOptions["enrollment"]["roster"]>;
export type RosterEntry = Roster["enrollments"][number];

/** The people waiting (or offered a seat) for one cohort, in order. */
export type WaitlistEntry = inferOutput<TrpcOptions["enrollment"]["waitlist"]>[number];
