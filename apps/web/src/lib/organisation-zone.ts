import { browserTimeZone } from "./time-zones.ts";

// The organisation's time zone (Settings), read once when someone signs in: the default for a new
// cohort, and the zone of every time that belongs to no cohort (intake, audit, history), so two
// people in different places read the same clock. Until it is known, the browser's own zone.
let organisationZone: string | undefined;

export function organisationTimeZone(): string {
  return organisationZone ?? browserTimeZone();
}

export function setOrganisationTimeZone(zone: string): void {
  organisationZone = zone;
}
