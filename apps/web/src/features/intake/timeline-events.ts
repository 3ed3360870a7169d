import { RECOMMENDATION_LABELS } from "@circle/validators";
import { APPLICATION_STATUS_LABELS } from "./intake-labels.ts";
import type { Application } from "./types.ts";

export type TimelineKind = "status" | "risk-raised" | "risk-note" | "risk-acknowledged" | "interview" | "recommendation";

export interface TimelineEvent {
  key: string;
  kind: TimelineKind;
  at: Date;
  title: string;
  by?: string;
  detail?: string;
  /** an interview still ahead */
  upcoming?: boolean;
}

/** Every step of the application in time order: status changes, the risk flag and its acknowledgement, the interview. */
export function timelineEvents(application: Application, now = new Date()): TimelineEvent[] {
  const events: TimelineEvent[] = application.statusChanges.map((change) => ({
    key: change.id,
    kind: "status",
    at: change.changedAt,
    title: change.fromStatus ? APPLICATION_STATUS_LABELS[change.toStatus] : "Application recorded",
    by: change.changedBy?.name,
    // The first step's reason only repeats its title.
    detail: change.fromStatus || change.reason !== "Application recorded" ? change.reason : undefined,
  }));
  if (application.riskFlagged) {
    const labels = application.answers.filter((a) => a.isRiskIndicator).map((a) => a.question.riskLabel ?? a.question.prompt);
    events.push({
      key: "risk-raised",
      kind: "risk-raised",
      at: application.submittedAt,
      title: "Risk flag raised",
      detail: labels.join("; "),
    });
  }
  for (const note of application.riskFlagNotes) {
    events.push({
      key: note.id,
      kind: "risk-note",
      at: note.createdAt,
      title: note.escalated ? "Risk flag escalated" : "Note on the risk flag",
      by: note.author?.name,
      detail: note.note,
    });
  }
  if (application.riskAcknowledgedAt) {
    events.push({
      key: "risk-acknowledged",
      kind: "risk-acknowledged",
      at: application.riskAcknowledgedAt,
      title: "Risk flag acknowledged",
      by: application.riskAcknowledgedBy?.name,
      detail: application.riskAcknowledgementNote ?? undefined,
    });
  }
  if (application.interviewAt) {
    const upcoming = application.interviewAt > now;
    events.push({
      key: "interview",
      kind: "interview",
      at: application.interviewAt,
      title: upcoming ? "Interview (planned)" : "Interview",
      detail: application.interviewer ? `With ${application.interviewer.name}` : undefined,
      upcoming,
    });
  }
  if (application.recommendation && application.recommendedAt) {
    events.push({
      key: "recommendation",
      kind: "recommendation",
      at: application.recommendedAt,
      title: `Recommended: ${RECOMMENDATION_LABELS[application.recommendation].toLowerCase()}`,
      by: application.recommendedBy?.name,
      detail: application.recommendationReason ?? undefined,
    });
  }
  // Same moment: the recorded step before the flag it raised.
  const order: Record<TimelineKind, number> = {
    status: 0,
    "risk-raised": 1,
    "risk-note": 2,
    "risk-acknowledged": 3,
    interview: 4,
    recommendation: 5,
  };
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || order[a.kind] - order[b.kind]);
}
