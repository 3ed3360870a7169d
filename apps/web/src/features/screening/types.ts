import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

/** One of a program's screening questions, as intake.questions returns it. */
export type ScreeningQuestion = inferOutput<TrpcOptions["intake"]["questions"]>[number];
