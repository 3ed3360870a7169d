import { REFERRAL_CATEGORIES } from "@circle/validators";
import { NativeSelect, type NativeSelectProps } from "@mantine/core";
import { REFERRAL_CATEGORY_LABELS } from "./referral-labels.ts";

const CHOICES = [
  { value: "", label: "Choose one" },
  ...REFERRAL_CATEGORIES.map((value) => ({ value, label: REFERRAL_CATEGORY_LABELS[value] })),
];

/** "Kind of help": the one select for a referral's category, in the referral form and at intake. */
export function ReferralCategorySelect(props: Omit<NativeSelectProps, "data" | "label">) {
  return <NativeSelect label="Kind of help" required data={CHOICES} {...props} />;
}
