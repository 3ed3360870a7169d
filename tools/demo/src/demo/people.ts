import type { Db } from "@circle/db";
import { createUserRecord, FACTORY_PASSWORD } from "@circle/db/testing";
import { faker } from "@faker-js/faker";

const years = (n: number) => new Date(Date.UTC(new Date().getUTCFullYear() + n, 5, 30));

/** Administrators, licensed and peer facilitators, and reporting staff. */
export async function seedDemoPeople(db: Db) {
  faker.seed(2026);
  const admin = await createUserRecord(db, { role: "ADMIN", name: "Amara Okafor", email: "admin@demo.circle.test" });
  await createUserRecord(db, { role: "ADMIN", name: "Jonas Lindqvist", email: "intake@demo.circle.test" });
  const therapists = [
    await createUserRecord(db, {
      role: "FACILITATOR",
      name: "Dr. Priya Raman",
      email: "facilitator@demo.circle.test",
      licence: { title: "Licensed Clinical Psychologist", expiresAt: years(2) },
    }),
    await createUserRecord(db, {
      role: "FACILITATOR",
      name: "Marcus Bell",
      email: "marcus.bell@demo.circle.test",
      licence: { title: "LCSW", expiresAt: years(1) },
    }),
    await createUserRecord(db, {
      role: "FACILITATOR",
      name: "Elena Duarte",
      email: "elena.duarte@demo.circle.test",
      licence: { title: "LPC", expiresAt: years(3) },
    }),
    // An expired licence: the dashboard must refuse her as a therapy lead.
    await createUserRecord(db, {
      role: "FACILITATOR",
      name: "Hannah Cho",
      email: "hannah.cho@demo.circle.test",
      licence: { title: "LMFT", expiresAt: years(-1) },
    }),
  ];
  const peers = [
    await createUserRecord(db, {
      role: "FACILITATOR",
      name: "Sam Whitfield",
      email: "sam.whitfield@demo.circle.test",
      licence: { title: "Certified Peer Specialist", expiresAt: years(2), kind: "PEER_SUPPORT_TRAINING" },
    }),
    await createUserRecord(db, {
      role: "FACILITATOR",
      name: "Tomás Rivera",
      email: "tomas.rivera@demo.circle.test",
      licence: { title: "Grief Support Facilitator Training", expiresAt: null, kind: "CERTIFICATION" },
    }),
  ];
  const staff = await createUserRecord(db, { role: "STAFF", name: "Grace Mensah", email: "staff@demo.circle.test" });
  await createUserRecord(db, { role: "STAFF", name: "Oliver Grant", email: "oliver.grant@demo.circle.test", active: false });
  return {
    admin,
    therapists,
    peers,
    staff,
    signIns: [
      { role: "Admin", email: admin.email, password: FACTORY_PASSWORD },
      { role: "Facilitator", email: therapists[0]?.email ?? "", password: FACTORY_PASSWORD },
      { role: "Staff", email: staff.email, password: FACTORY_PASSWORD },
    ],
  };
}
