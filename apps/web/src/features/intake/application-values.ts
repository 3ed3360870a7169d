import { type MemberFields, memberFields, type RecordApplicationInput, type ReferralSource } from "@circle/validators";
import type { AnswerDraft } from "../screening/risk-answer.ts";
import type { ScreeningQuestion } from "../screening/types.ts";

export type ApplicantMode = "new" | "existing";

export type NewMemberValues = { [Field in keyof MemberFields]-?: string };

export interface ApplicationValues {
  programId: string;
  cohortId: string;
  applicantMode: ApplicantMode;
  memberId: string;
  newMember: NewMemberValues;
  /** the coordinator looked at the possible matches and says this is someone else */
  confirmNotDuplicate: boolean;
  referralSource: ReferralSource | "";
  referralSourceDetail: string;
  /** keyed by question id */
  answers: Record<string, AnswerDraft>;
  intakeNotes: string;
}

export const blankMember: NewMemberValues = {
  firstName: "",
  lastName: "",
  preferredName: "",
  pronouns: "",
  email: "",
  phone: "",
  emergencyContactName: "",
  emergencyContactPhone: "",
  emergencyContactRelationship: "",
  language: "",
  accessibilityNeeds: "",
};

export function blankApplication(programId = ""): ApplicationValues {
  return {
    programId,
    cohortId: "",
    applicantMode: "new",
    memberId: "",
    newMember: blankMember,
    confirmNotDuplicate: false,
    referralSource: "",
    referralSourceDetail: "",
    answers: {},
    intakeNotes: "",
  };
}

function isAnswered(answer: AnswerDraft | undefined): answer is AnswerDraft {
  if (answer === null || answer === undefined) return false;
  if (typeof answer === "string") return answer.trim() !== "";
  if (Array.isArray(answer)) return answer.length > 0;
  return true;
}

function answerValue(question: ScreeningQuestion, answer: AnswerDraft): string | boolean | number | string[] {
  if (question.kind === "YES_NO") return answer === "yes";
  return answer as string | number | string[];
}

/**
 * The new member as the server takes them (blank optional fields left out). Fields that do not
 * pass yet go as typed, so the form's schema check names them instead of this throwing.
 */
function newMemberInput(member: NewMemberValues): MemberFields {
  const parsed = memberFields.safeParse(member);
  return parsed.success ? parsed.data : (member as unknown as MemberFields);
}

/** What intake.record receives. A multiple-choice question may be answered with no choice at all. */
export function toRecordApplicationInput(
  values: ApplicationValues,
  questions: ScreeningQuestion[],
): RecordApplicationInput & { confirmNotDuplicate: boolean } {
  const answers = questions.flatMap((question) => {
    const answer = values.answers[question.id];
    if (isAnswered(answer)) return [{ questionId: question.id, value: answerValue(question, answer) }];
    if (question.kind === "MULTIPLE_CHOICE" && question.required) return [{ questionId: question.id, value: [] }];
    return [];
  });
  return {
    programId: values.programId,
    cohortId: values.cohortId || null,
    applicant:
      values.applicantMode === "existing" ? { memberId: values.memberId } : { newMember: newMemberInput(values.newMember) },
    referralSource: values.referralSource as ReferralSource,
    referralSourceDetail: values.referralSourceDetail.trim() || null,
    answers,
    intakeNotes: values.intakeNotes,
    confirmNotDuplicate: values.applicantMode === "new" && values.confirmNotDuplicate,
  };
}

/** Client-side checks with the server's own member schema; the server checks everything again. */
export function validateApplication(
  values: ApplicationValues,
  questions: ScreeningQuestion[],
  duplicatesFound: boolean,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.programId) errors.programId = "Choose the program";
  if (values.applicantMode === "existing" && !values.memberId) errors.memberId = "Choose the member who is applying";
  if (values.applicantMode === "new") {
    const member = memberFields.safeParse(values.newMember);
    if (!member.success) {
      for (const issue of member.error.issues) errors[`newMember.${issue.path.join(".")}`] ??= issue.message;
    }
    if (duplicatesFound && !values.confirmNotDuplicate)
      errors.confirmNotDuplicate = "Choose the existing member above, or confirm this is a different person";
  }
  if (!values.referralSource) errors.referralSource = "Say how they heard of the program";
  for (const question of questions) {
    if (question.required && question.kind !== "MULTIPLE_CHOICE" && !isAnswered(values.answers[question.id]))
      errors[`answers.${question.id}`] = "Answer this question";
  }
  return errors;
}
