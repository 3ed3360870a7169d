import type { FieldFor } from "../../lib/forms/place-errors.ts";

const OWN_FIELDS = ["programId", "cohortId", "referralSource", "referralSourceDetail", "intakeNotes"];

/**
 * The server names fields by its input's paths ("applicant.newMember.email", "answers.2.value");
 * the form keeps the applicant and the answers differently. This maps one onto the other, given
 * the questions in the order their answers were sent.
 */
export function applicationFieldFor(sentQuestionIds: string[]): FieldFor {
  return (path) => {
    if (path.startsWith("applicant.newMember.")) return path.replace("applicant.", "");
    if (path === "applicant.memberId") return "memberId";
    const answer = /^answers\.(\d+)\./.exec(path);
    if (answer) {
      const questionId = sentQuestionIds[Number(answer[1])];
      return questionId ? `answers.${questionId}` : null;
    }
    return OWN_FIELDS.includes(path) ? path : null;
  };
}
