import { z } from "zod";

/** /cohorts/new?programId=… starts from that program (the program page links here). */
export const newCohortSearchSchema = z.object({
  programId: z.uuid().optional().catch(undefined),
});
