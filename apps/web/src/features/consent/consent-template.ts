/** A starting point that names every part an informed-consent agreement for a group needs. */
export const CONSENT_TEMPLATE = `# Group agreement and informed consent

## Purpose and format
What the group is for, how many sessions, how long each one is, and who leads it.

## Confidentiality and its limits
What is said in the group stays in the group. Facilitators must break confidentiality when someone is at risk of serious harm, and when the law requires a report (for example, abuse of a child or a vulnerable adult).

## Attendance
Come to every session you can, and let a facilitator know when you cannot.

## Contact outside the group
How members may (or may not) be in touch between sessions.

## Recording
Sessions are not recorded.

## Fees
What, if anything, the group costs.

## Voluntary participation and withdrawal
Taking part is your choice. You can withdraw at any time by telling a facilitator; your earlier consent stays on record.

## If you are in crisis
Who to call between sessions.
`;
