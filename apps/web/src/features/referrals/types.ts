import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

/** One row of the referrals list: no reason, no note (the server never sends them in a list). */
export type ReferralRow = inferOutput<TrpcOptions["referrals"]["list"]>["rows"][number];

/** One referral with its reason, notes, timeline and the steps it may take next. */
export type ReferralDetail = inferOutput<TrpcOptions["referrals"]["get"]>;

/** Open emergencies and overdue follow-ups, for the home page. */
export type ReferralsHome = inferOutput<TrpcOptions["referrals"]["home"]>;
