import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

export type AttendanceSummary = inferOutput<TrpcOptions["reports"]["attendance"]>;
export type AttendanceCohortRow = inferOutput<TrpcOptions["reports"]["attendanceCohorts"]>["rows"][number];
export type ParticipationReport = inferOutput<TrpcOptions["reports"]["participation"]>;
export type IntakeReport = inferOutput<TrpcOptions["reports"]["intake"]>;
export type ReferralReport = inferOutput<TrpcOptions["reports"]["referrals"]>;
export type SavedView = inferOutput<TrpcOptions["reports"]["savedViews"]>[number];
