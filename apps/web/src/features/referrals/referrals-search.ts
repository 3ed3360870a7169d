import { type ListReferralsInput, REFERRAL_SORTS, ReferralCategory, ReferralStatus, ReferralUrgency } from "@circle/validators";
import { z } from "zod";
import { defineListSearch } from "../../lib/list-search/list-search.ts";

/** The referrals list's URL: paging, sort, search and every filter, so a view can be shared. */
export const referralsList = defineListSearch({
  sorts: REFERRAL_SORTS,
  defaultSort: "followUpOn",
  filters: {
    /** absent: every referral still open (the default view); ALL: closed ones too */
    status: z
      .union([ReferralStatus, z.enum(["ALL"])])
      .optional()
      .catch(undefined),
    urgency: ReferralUrgency.optional().catch(undefined),
    category: ReferralCategory.optional().catch(undefined),
    overdue: z.boolean().optional().catch(undefined),
    facilitatorId: z.uuid().optional().catch(undefined),
    /** one member's referrals (from the member's page) */
    memberId: z.uuid().optional().catch(undefined),
  },
});

export type ReferralsSearch = z.infer<typeof referralsList.schema>;

export function toListReferralsInput(search: ReferralsSearch): ListReferralsInput {
  const { urgency, category, overdue, facilitatorId, memberId } = search;
  return {
    ...referralsList.view(search),
    q: search.q || undefined,
    status: search.status === "ALL" ? undefined : (search.status ?? "OPEN"),
    urgency,
    category,
    overdue,
    facilitatorId,
    memberId,
  };
}
