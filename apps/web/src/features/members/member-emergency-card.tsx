import { DetailList } from "../../components/detail-list.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import type { MemberProfile } from "./types.ts";

export function MemberEmergencyCard({ member }: { member: MemberProfile }) {
  return (
    <SectionCard title="Emergency contact">
      <DetailList
        items={[
          { label: "Name", value: member.emergencyContactName },
          { label: "Relationship", value: member.emergencyContactRelationship },
          { label: "Phone", value: member.emergencyContactPhone },
        ]}
      />
    </SectionCard>
  );
}
