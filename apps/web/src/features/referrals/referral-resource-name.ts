interface WithResource {
  resource: { name: string; active: boolean } | null;
  resourceName: string | null;
}

/** Where the member was referred: the directory's resource (archived ones say so) or a one-off one. */
export function referralResourceName(referral: WithResource): string {
  if (referral.resource) return referral.resource.active ? referral.resource.name : `${referral.resource.name} (archived)`;
  return referral.resourceName ?? "No resource named";
}
