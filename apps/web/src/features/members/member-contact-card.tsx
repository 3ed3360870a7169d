import { DetailList } from "../../components/detail-list.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { memberFullName } from "../../lib/member-name.ts";
import type { MemberProfile } from "./types.ts";

export function MemberContactCard({ member }: { member: MemberProfile }) {
  return (
    <SectionCard title="Contact">
      <DetailList
        items={[
          { label: "Full name", value: memberFullName(member) },
          { label: "Preferred name", value: member.preferredName },
          { label: "Pronouns", value: member.pronouns },
          { label: "Email", value: member.email },
          { label: "Phone", value: member.phone },
          { label: "Language", value: member.language },
          { label: "Accessibility needs", value: member.accessibilityNeeds },
        ]}
      />
    </SectionCard>
  );
}
