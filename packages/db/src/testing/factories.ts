import { faker } from "@faker-js/faker";
import type { Db } from "../client.ts";
import type { CredentialKind, Role } from "../generated/prisma/enums.ts";

/** The password every factory-made account has, unless told otherwise (tests and demo). */
export const FACTORY_PASSWORD = "demo-password-2026";
// argon2id (OWASP parameters) of FACTORY_PASSWORD, precomputed so factories need no hashing.
export const FACTORY_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$chdPFwyP9i5D8Jro4jhDLA$Y7aNEEblDmdq/Dt44ETHO+LEN4j/IdXpvdpEwTACXwY";

let sequence = 0;
/** Unique across one process, so parallel factories never collide on unique columns. */
export function uniqueSuffix(): string {
  sequence += 1;
  return `${Date.now().toString(36)}${sequence.toString(36)}`;
}

export interface UserOverrides {
  name?: string;
  email?: string;
  role?: Role;
  passwordHash?: string;
  mustChangePassword?: boolean;
  active?: boolean;
  licence?: { title: string; expiresAt: Date | null; kind?: CredentialKind };
}

export async function createUserRecord(db: Db, overrides: UserOverrides = {}) {
  const name = overrides.name ?? faker.person.fullName();
  // A name may start with a title ("Mrs."): keep the local part to what the app's email rule accepts.
  const localPart = faker.internet
    .username({ firstName: name.split(" ")[0] })
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, ".")
    .replace(/^\.+|\.+$/g, "");
  const email = overrides.email ?? `${localPart}.${uniqueSuffix()}@example.org`;
  return db.user.create({
    data: {
      name,
      email,
      role: overrides.role ?? "FACILITATOR",
      passwordHash: overrides.passwordHash ?? FACTORY_PASSWORD_HASH,
      mustChangePassword: overrides.mustChangePassword ?? false,
      active: overrides.active ?? true,
      deactivatedAt: overrides.active === false ? new Date() : null,
      ...(overrides.licence
        ? {
            credentials: {
              create: {
                kind: overrides.licence.kind ?? "PROFESSIONAL_LICENCE",
                title: overrides.licence.title,
                number: faker.string.alphanumeric({ length: 8, casing: "upper" }),
                issuer: "State Board of Behavioral Health",
                expiresAt: overrides.licence.expiresAt,
              },
            },
          }
        : {}),
    },
  });
}

/** A plausible member, with only what the work needs (docs/DOMAIN.md: Member). */
export function memberFields(overrides: Partial<MemberData> = {}): MemberData {
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  return {
    firstName,
    lastName,
    preferredName: faker.helpers.maybe(() => faker.person.firstName(), { probability: 0.15 }) ?? null,
    pronouns: faker.helpers.arrayElement(["she/her", "he/him", "they/them", null, null]),
    email: `${firstName}.${lastName}.${uniqueSuffix()}@example.net`.toLowerCase().replace(/[^a-z0-9.@]/g, ""),
    phone: faker.helpers.maybe(() => faker.phone.number({ style: "national" }), { probability: 0.8 }) ?? null,
    emergencyContactName: faker.person.fullName(),
    emergencyContactPhone: faker.phone.number({ style: "national" }),
    emergencyContactRelationship: faker.helpers.arrayElement(["partner", "parent", "sibling", "friend", "adult child"]),
    language: faker.helpers.arrayElement(["English", "English", "English", "Spanish", "Portuguese", "Vietnamese"]),
    accessibilityNeeds:
      faker.helpers.maybe(
        () =>
          faker.helpers.arrayElement([
            "Step-free access",
            "Large print handouts",
            "Captioning for online sessions",
            "Seat near the door",
          ]),
        { probability: 0.15 },
      ) ?? null,
    ...overrides,
  };
}

export interface MemberData {
  firstName: string;
  lastName: string;
  preferredName: string | null;
  pronouns: string | null;
  email: string | null;
  phone: string | null;
  emergencyContactName: string | null;
  emergencyContactPhone: string | null;
  emergencyContactRelationship: string | null;
  language: string | null;
  accessibilityNeeds: string | null;
}

/**
 * A peer-led support program and one cohort of it (the tables' own tests: the triggers on marks
 * and sessions need a cohort, not the product's rules for making one).
 */
export async function createCohortRecord(db: Db, name: string, cohort: { startTime: string; timeZone: string }) {
  const program = await db.program.create({
    data: {
      name: `${name} program`,
      groupType: "SUPPORT",
      leadership: "PEER_LED",
      delivery: "IN_PERSON",
      sessionCount: 3,
      sessionLengthMinutes: 90,
      defaultCapacity: 10,
      minimumEnrollment: 1,
    },
  });
  return db.cohort.create({
    data: {
      programId: program.id,
      name: `${name} cohort`,
      startDate: new Date("2026-01-05"),
      weekday: 1,
      capacity: 10,
      minimumEnrollment: 1,
      ...cohort,
    },
  });
}
