// For the screens not yet moved over: the name helpers live in lib.
export { memberFullName, memberName, preferredNameNote } from "../../lib/member-name.ts";
