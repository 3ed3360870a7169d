import type { ListReferralsInput } from "@circle/validators";
import { REFERRAL_CATEGORIES, REFERRAL_SORTS, REFERRAL_STATUSES, REFERRAL_URGENCIES } from "@circle/validators/vocabulary";
import { defineListSearch } from "../../lib/list-search/list-search.ts";
import { flag, oneOf, uuid } from "../../lib/search-params/search-params.ts";

/** The referrals list's URL: paging, sort, search and every filter, so a view can be shared. */
export const referralsList = defineListSearch({
  sorts: REFERRAL_SORTS,
  defaultSort: "followUpOn",
  filters: {
    /** absent: every referral still open (the default view); ALL: closed ones too */
    status: oneOf([...REFERRAL_STATUSES, "ALL"]),
    urgency: oneOf(REFERRAL_URGENCIES),
    category: oneOf(REFERRAL_CATEGORIES),
    overdue: flag,
    facilitatorId: uuid,
    /** one member's referrals (from the member's page) */
    memberId: uuid,
  },
});

export type ReferralsSearch = ReturnType<typeof referralsList.schema>;

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
