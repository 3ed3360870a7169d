// For the screens not yet moved over: useMe lives in lib/session.
export { useMe } from "../../lib/session/use-me.ts";
