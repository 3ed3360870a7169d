import { RECOMMENDATION_LABELS, type Recommendation } from "@circle/validators";
import { Text } from "@mantine/core";

interface RecommendationLineProps {
  application: { recommendation: Recommendation | null; recommendedBy: { name: string } | null };
}

/** "Recommended: accept, by Lee Lead": what the facilitator who met the applicant advises. */
export function RecommendationLine({ application }: RecommendationLineProps) {
  if (!application.recommendation) return null;
  return (
    <Text span size="xs" c="dimmed">
      Recommended: {RECOMMENDATION_LABELS[application.recommendation].toLowerCase()}, by{" "}
      {application.recommendedBy?.name ?? "a former user"}
    </Text>
  );
}
