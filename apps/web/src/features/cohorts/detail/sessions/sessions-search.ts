import { z } from "zod";

/** ?session=… marks the session someone came to see (from the week view or home). */
export const cohortSessionsSearchSchema = z.object({
  session: z.uuid().optional().catch(undefined),
});
