import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

/** One resource of the directory, as resources.list returns it. */
export type ResourceRow = inferOutput<TrpcOptions["resources"]["list"]>["rows"][number];
