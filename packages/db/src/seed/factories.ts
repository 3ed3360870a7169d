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
  const email =
    overrides.email ??
    `${faker.internet.username({ firstName: name.split(" ")[0] }).toLowerCase()}.${uniqueSuffix()}@example.org`;
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
