import { searchParams, uuid } from "../../../lib/search-params/search-params.ts";

/** /cohorts/new?programId=… starts from that program (the program page links here). */
export const newCohortSearchSchema = searchParams({
  programId: uuid,
});
