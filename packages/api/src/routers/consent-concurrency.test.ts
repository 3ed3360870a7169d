import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { makeConsentingMember, makeProgramWithConsent, type ProgramWithConsent } from "../testing/intake.ts";
import type { Caller } from "../testing/programs.ts";

// With DATABASE_URL these calls race on real PostgreSQL connections; on PGlite they queue.
let h: Harness;
let admin: Caller;
let program: ProgramWithConsent;
beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN"));
  program = await makeProgramWithConsent(admin);
});
afterAll(() => h.close());

describe("withdrawing one member's consent from 5 requests at once", () => {
  it("records one withdrawal; the other 4 are told there is no current consent to withdraw", async () => {
    const { memberId } = await makeConsentingMember(admin, h.services.db, program);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        admin.consent.withdraw({ memberId, documentId: program.consent.documentId, reason: `Asked to stop (${i})` }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as TRPCError).message] : []));
    expect(refused).toEqual(Array(4).fill("There is no current consent to withdraw"));
    expect(await h.services.db.consentRecord.count({ where: { memberId, action: "WITHDRAWN" } })).toBe(1);
  });
});
