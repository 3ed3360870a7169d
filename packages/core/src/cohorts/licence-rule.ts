import type { GroupType } from "@circle/validators";

export interface LicenceCredential {
  kind: string;
  expiresAt: Date | null;
}

/** A therapy group is always led under a licence; other programs may ask for it too. */
export function leadNeedsLicence(program: { groupType: GroupType; requiresLicensedLead: boolean }): boolean {
  return program.groupType === "THERAPY" || program.requiresLicensedLead;
}

/** A professional licence with no expiry date, or one that has not expired by `on`. */
export function holdsCurrentLicence(credentials: LicenceCredential[], on: Date): boolean {
  const day = Date.UTC(on.getUTCFullYear(), on.getUTCMonth(), on.getUTCDate());
  return credentials.some((c) => c.kind === "PROFESSIONAL_LICENCE" && (c.expiresAt === null || c.expiresAt.getTime() >= day));
}
