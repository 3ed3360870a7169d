import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

/** One row of the programs table, as programs.list returns it. */
export type ProgramRow = inferOutput<TrpcOptions["programs"]["list"]>["rows"][number];

/** One program with its modules, as programs.get returns it. */
export type Program = inferOutput<TrpcOptions["programs"]["get"]>;

export type ProgramModule = Program["modules"][number];
