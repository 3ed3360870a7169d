import {
  DELIVERIES,
  DELIVERY_LABELS,
  GROUP_TYPE_LABELS,
  GROUP_TYPES,
  type GroupType,
  LEADERSHIPS,
  type Leadership,
} from "@circle/validators";

export { DELIVERY_LABELS, GROUP_TYPE_LABELS };

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

export const GROUP_TYPE_OPTIONS = GROUP_TYPES.map((value) => ({ value, label: GROUP_TYPE_LABELS[value] }));
export const LEADERSHIP_OPTIONS = LEADERSHIPS.map((value) => ({ value, label: LEADERSHIP_LABELS[value] }));
export const DELIVERY_OPTIONS = DELIVERIES.map((value) => ({ value, label: DELIVERY_LABELS[value] }));

export const THERAPY_LEAD_RULE =
  "A therapy group runs under a treatment frame, so its lead must be a professional holding a current licence. Circle refuses an unlicensed lead for its cohorts.";

/** "No one joins after session 1 has been held." */
export function joinRuleInWords(joinUntilSession: number): string {
  return `No one joins after session ${joinUntilSession} has been held.`;
}
