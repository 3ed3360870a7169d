/** Where a session happens, in a few words: the room, "Online", or both. */
export function sessionPlace(cohort: { location: string | null; meetingUrl: string | null }): string {
  if (cohort.location && cohort.meetingUrl) return `${cohort.location} + online`;
  if (cohort.location) return cohort.location;
  if (cohort.meetingUrl) return "Online";
  return "Place not set";
}
