import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

/** One row of the intake queue, as intake.queue returns it. */
export type ApplicationRow = inferOutput<TrpcOptions["intake"]["queue"]>["rows"][number];

/** One application with answers, timeline and next steps, as intake.get returns it. */
export type Application = inferOutput<TrpcOptions["intake"]["get"]>;

/** A pre-group interview the signed-in person holds, as intake.myInterviews returns it. */
export type MyInterview = inferOutput<TrpcOptions["intake"]["myInterviews"]>[number];
