import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

export type AttendanceSheet = inferOutput<TrpcOptions["attendance"]["sheet"]>;
export type CohortProgress = inferOutput<TrpcOptions["attendance"]["cohortProgress"]>;
export type FollowUp = inferOutput<TrpcOptions["attendance"]["followUps"]>[number];
export type AttendanceHome = inferOutput<TrpcOptions["attendance"]["home"]>;
export type SessionNoteView = inferOutput<TrpcOptions["attendance"]["note"]>;
export type SavedSessionNote = NonNullable<SessionNoteView["note"]>;
export type MemberAttendance = inferOutput<TrpcOptions["attendance"]["memberAttendance"]>[number];
export type AttendanceLetter = inferOutput<TrpcOptions["attendance"]["letter"]>;
