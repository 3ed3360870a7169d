import type { ResourceCost, ResourceFields, ResourceKind } from "@circle/validators";
import type { ResourceRow } from "./types.ts";

/** A resource as its form holds it: empty strings for what is not given. */
export interface ResourceValues {
  name: string;
  kind: ResourceKind;
  phone: string;
  website: string;
  address: string;
  hours: string;
  languages: string[];
  cost: ResourceCost | "";
  eligibility: string;
  acceptsDirectReferrals: boolean;
}

export function resourceValues(resource: ResourceRow | null): ResourceValues {
  return {
    name: resource?.name ?? "",
    kind: resource?.kind ?? "INDIVIDUAL_THERAPY",
    phone: resource?.phone ?? "",
    website: resource?.website ?? "",
    address: resource?.address ?? "",
    hours: resource?.hours ?? "",
    languages: resource?.languages ?? [],
    cost: resource?.cost ?? "",
    eligibility: resource?.eligibility ?? "",
    acceptsDirectReferrals: resource?.acceptsDirectReferrals ?? false,
  };
}

/** What resources.create and resources.update take (the schema turns "" into nothing). */
export function toResourceFields(values: ResourceValues): ResourceFields {
  return { ...values, cost: values.cost || null };
}
