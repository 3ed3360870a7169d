import { DELIVERIES, type Delivery, GROUP_TYPES, type GroupType, LEADERSHIPS, type Leadership } from "@circle/validators";

export const GROUP_TYPE_LABELS: Record<GroupType, string> = {
  SUPPORT: "Support",
  THERAPY: "Therapy",
  PSYCHOEDUCATION: "Psychoeducation",
  SKILLS_COACHING: "Skills / coaching",
  ACTIVITY_WORKSHOP: "Activity-based workshop",
};

export const GROUP_TYPE_COLORS: Record<GroupType, string> = {
  SUPPORT: "circle",
  THERAPY: "grape",
  PSYCHOEDUCATION: "blue",
  SKILLS_COACHING: "teal",
  ACTIVITY_WORKSHOP: "orange",
};

export const LEADERSHIP_LABELS: Record<Leadership, string> = {
  PEER_LED: "Peer-led",
  PROFESSIONALLY_LED: "Professionally led",
};

export const DELIVERY_LABELS: Record<Delivery, string> = {
  IN_PERSON: "In person",
  ONLINE: "Online",
  HYBRID: "Hybrid",
};

export const GROUP_TYPE_OPTIONS = GROUP_TYPES.map((value) => ({ value, label: GROUP_TYPE_LABELS[value] }));
export const LEADERSHIP_OPTIONS = LEADERSHIPS.map((value) => ({ value, label: LEADERSHIP_LABELS[value] }));
export const DELIVERY_OPTIONS = DELIVERIES.map((value) => ({ value, label: DELIVERY_LABELS[value] }));

export const THERAPY_LEAD_RULE =
  "A therapy group runs under a treatment frame, so its lead must be a professional holding a current licence. Circle refuses an unlicensed lead for its cohorts.";

/** "No one joins after session 1 has been held." */
export function joinRuleInWords(joinUntilSession: number): string {
  return `No one joins after session ${joinUntilSession} has been held.`;
}
