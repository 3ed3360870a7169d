import type { Prisma } from "@circle/db";
import type { GroupType } from "@circle/validators";
import { AppError } from "../errors/app-error.ts";
import { holdsCurrentLicence, leadNeedsLicence } from "./licence-rule.ts";

type Tx = Prisma.TransactionClient;

export interface FacilitatorChoice {
  leadId: string;
  coFacilitatorIds: string[];
}

/**
 * Checks the people chosen to run a cohort: active facilitators (or admins), and for a therapy
 * cohort, or any whose program requires it, a lead holding a current professional licence.
 */
export async function assertFacilitatorsAllowed(
  tx: Tx,
  program: { groupType: GroupType; requiresLicensedLead: boolean },
  choice: FacilitatorChoice,
  today = new Date(),
): Promise<void> {
  const ids = [choice.leadId, ...choice.coFacilitatorIds];
  const people = await tx.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, role: true, active: true, credentials: { select: { kind: true, expiresAt: true } } },
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const [index, userId] of ids.entries()) {
    const field = index === 0 ? "facilitators.leadId" : "facilitators.coFacilitatorIds";
    const person = byId.get(userId);
    if (!person) throw AppError.invalid(field, "That person does not exist");
    if (!person.active) throw AppError.invalid(field, `${person.name}'s account is deactivated`);
    if (person.role === "STAFF") throw AppError.invalid(field, `${person.name} is reporting staff, not a facilitator`);
  }
  const lead = byId.get(choice.leadId);
  if (lead && leadNeedsLicence(program) && !holdsCurrentLicence(lead.credentials, today)) {
    throw AppError.invalid(
      "facilitators.leadId",
      `${lead.name} does not hold a current professional licence; ${program.groupType === "THERAPY" ? "a therapy cohort" : "this program"} needs a licensed lead`,
    );
  }
}

export function facilitatorRows(choice: FacilitatorChoice) {
  return [
    { userId: choice.leadId, role: "LEAD" as const },
    ...choice.coFacilitatorIds.map((userId) => ({ userId, role: "CO_FACILITATOR" as const })),
  ];
}
