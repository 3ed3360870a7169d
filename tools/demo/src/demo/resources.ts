import { type Actor, createResource, type ResourceRow, setResourceActive } from "@circle/core";
import type { Db } from "@circle/db";
import { type ResourceFields, resourceFields } from "@circle/validators";

/** The organisation's referral directory, kept by its administrator through the directory's commands. */
export async function seedDemoResources(db: Db, admin: Actor): Promise<ResourceRow[]> {
  const rows: ResourceFields[] = [
    {
      name: "988 Suicide & Crisis Lifeline",
      kind: "CRISIS_LINE",
      phone: "988",
      website: "https://988lifeline.org",
      hours: "24/7",
      eligibility: "Anyone",
      languages: ["English", "Spanish", "Vietnamese"],
      cost: "FREE",
      acceptsDirectReferrals: true,
    },
    {
      name: "County Mobile Crisis Team",
      kind: "CRISIS_LINE",
      phone: "(555) 010-4400",
      hours: "24/7",
      address: "Dispatch by phone",
      eligibility: "County residents",
      languages: ["English", "Spanish"],
      cost: "FREE",
      acceptsDirectReferrals: true,
    },
    {
      name: "Riverside Community Mental Health Clinic",
      kind: "INDIVIDUAL_THERAPY",
      phone: "(555) 010-2100",
      website: "https://example.org/riverside",
      address: "12 Mill St",
      hours: "Mon–Fri 8–6",
      eligibility: "Sliding scale; Medicaid",
      languages: ["English", "Spanish"],
      cost: "SLIDING_SCALE",
      acceptsDirectReferrals: true,
    },
    {
      name: "Northside Psychiatry Associates",
      kind: "PSYCHIATRY",
      phone: "(555) 010-3300",
      address: "400 Oak Ave, Suite 2",
      hours: "Mon–Thu 9–5",
      eligibility: "Referral from a clinician",
      languages: ["English"],
      cost: "INSURANCE",
      acceptsDirectReferrals: false,
    },
    {
      name: "New Dawn Outpatient Recovery",
      kind: "SUBSTANCE_USE_TREATMENT",
      phone: "(555) 010-7700",
      website: "https://example.org/newdawn",
      hours: "Daily 7–9",
      eligibility: "Adults 18+",
      languages: ["English", "Polish"],
      cost: "SLIDING_SCALE",
      acceptsDirectReferrals: true,
    },
    {
      name: "Harbor Health Primary Care",
      kind: "MEDICAL",
      phone: "(555) 010-1200",
      address: "88 Harbor Rd",
      hours: "Mon–Sat 8–8",
      eligibility: "Walk-ins welcome",
      languages: ["English", "Spanish"],
      cost: "INSURANCE",
      acceptsDirectReferrals: true,
    },
    {
      name: "Safe Haven Housing Services",
      kind: "HOUSING",
      phone: "(555) 010-5500",
      hours: "Mon–Fri 9–5",
      eligibility: "Homeless or at risk of eviction",
      languages: ["English"],
      cost: "FREE",
      acceptsDirectReferrals: true,
    },
    {
      name: "Legal Aid Society — Family Unit",
      kind: "LEGAL",
      phone: "(555) 010-6600",
      website: "https://example.org/legalaid",
      hours: "Tue & Thu 10–4",
      eligibility: "Income under 200% of poverty line",
      languages: ["English", "Spanish"],
      cost: "FREE",
      acceptsDirectReferrals: false,
    },
    {
      name: "Caregiver Respite Network",
      kind: "OTHER",
      phone: "(555) 010-8800",
      hours: "Mon–Fri 9–5",
      eligibility: "Unpaid family caregivers",
      languages: ["English"],
      cost: "FREE",
      acceptsDirectReferrals: true,
    },
  ];
  const created: ResourceRow[] = [];
  for (const row of rows) created.push(await createResource(db, admin, resourceFields.parse(row)));
  // One the organisation no longer refers to: archived, so the directory's admin view has one.
  const closed = await createResource(db, admin, {
    name: "Eastgate Counselling (closed)",
    kind: "INDIVIDUAL_THERAPY",
    phone: "(555) 010-9900",
    languages: ["English"],
    cost: "FEE",
    acceptsDirectReferrals: false,
  });
  await setResourceActive(db, admin, { resourceId: closed.id, active: false });
  return created;
}
