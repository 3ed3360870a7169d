import { searchParams, uuid } from "../../../../lib/search-params/search-params.ts";

/** ?session=… marks the session someone came to see (from the week view or home). */
export const cohortSessionsSearchSchema = searchParams({
  session: uuid,
});
