interface NamedMember {
  firstName: string;
  lastName: string;
  preferredName?: string | null;
}

/** The name to call someone by: their preferred first name when they gave one. */
export function memberName(member: NamedMember): string {
  return `${member.preferredName || member.firstName} ${member.lastName}`;
}

/** The legal full name as recorded, which an e-signature must match. */
export function memberFullName(member: NamedMember): string {
  return `${member.firstName} ${member.lastName}`;
}

/** "goes by Sam" when the preferred name differs from the first name. */
export function preferredNameNote(member: NamedMember): string | null {
  return member.preferredName && member.preferredName !== member.firstName ? `goes by ${member.preferredName}` : null;
}
