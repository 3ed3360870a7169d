import type { Db } from "@circle/db";

/** The organisation's referral directory. */
export async function seedDemoResources(db: Db) {
  const rows = [
    {
      name: "988 Suicide & Crisis Lifeline",
      kind: "CRISIS_LINE",
      phone: "988",
      website: "https://988lifeline.org",
      hours: "24/7",
      eligibility: "Anyone",
    },
    {
      name: "County Mobile Crisis Team",
      kind: "CRISIS_LINE",
      phone: "(555) 010-4400",
      hours: "24/7",
      address: "Dispatch by phone",
      eligibility: "County residents",
    },
    {
      name: "Riverside Community Mental Health Clinic",
      kind: "INDIVIDUAL_THERAPY",
      phone: "(555) 010-2100",
      website: "https://example.org/riverside",
      address: "12 Mill St",
      hours: "Mon–Fri 8–6",
      eligibility: "Sliding scale; Medicaid",
    },
    {
      name: "Northside Psychiatry Associates",
      kind: "PSYCHIATRY",
      phone: "(555) 010-3300",
      address: "400 Oak Ave, Suite 2",
      hours: "Mon–Thu 9–5",
      eligibility: "Referral from a clinician",
    },
    {
      name: "New Dawn Outpatient Recovery",
      kind: "SUBSTANCE_USE_TREATMENT",
      phone: "(555) 010-7700",
      website: "https://example.org/newdawn",
      hours: "Daily 7–9",
      eligibility: "Adults 18+",
    },
    {
      name: "Harbor Health Primary Care",
      kind: "MEDICAL",
      phone: "(555) 010-1200",
      address: "88 Harbor Rd",
      hours: "Mon–Sat 8–8",
      eligibility: "Walk-ins welcome",
    },
    {
      name: "Safe Haven Housing Services",
      kind: "HOUSING",
      phone: "(555) 010-5500",
      hours: "Mon–Fri 9–5",
      eligibility: "Homeless or at risk of eviction",
    },
    {
      name: "Legal Aid Society — Family Unit",
      kind: "LEGAL",
      phone: "(555) 010-6600",
      website: "https://example.org/legalaid",
      hours: "Tue & Thu 10–4",
      eligibility: "Income under 200% of poverty line",
    },
    {
      name: "Caregiver Respite Network",
      kind: "OTHER",
      phone: "(555) 010-8800",
      hours: "Mon–Fri 9–5",
      eligibility: "Unpaid family caregivers",
    },
  ] as const;
  for (const row of rows) await db.resource.create({ data: row });
  return db.resource.findMany();
}
