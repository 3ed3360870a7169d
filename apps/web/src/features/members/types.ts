import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

/** One row of the members table, as members.list returns it. */
export type MemberRow = inferOutput<TrpcOptions["members"]["list"]>["rows"][number];

/** One member with enrollments, applications, waitlist places and consent history. */
export type MemberProfile = inferOutput<TrpcOptions["members"]["get"]>;

export type MemberEnrollment = MemberProfile["enrollments"][number];
export type MemberConsentRecord = MemberProfile["consentRecords"][number];
