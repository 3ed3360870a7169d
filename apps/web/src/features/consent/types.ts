import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TrpcOptions } from "../../lib/trpc.ts";

export type ConsentDocumentRow = inferOutput<TrpcOptions["consent"]["documents"]>[number];
export type ConsentDocument = inferOutput<TrpcOptions["consent"]["document"]>;
export type ConsentVersion = ConsentDocument["versions"][number];

/** The member whose consent is recorded, as members.get returns them. */
export type ConsentMember = inferOutput<TrpcOptions["members"]["get"]>;
