export {
  type AuthorizedCohort,
  type AuthorizedSession,
  authorizeCohort,
  authorizeSession,
  type CohortAccess,
  visibleCohortsWhere,
} from "./access/cohort-access.ts";
export type { Actor } from "./actor.ts";
export { getAttendanceHome } from "./attendance/attendance-home.ts";
export { getAttendanceLetter } from "./attendance/attendance-letter.ts";
export { getAttendanceSheet } from "./attendance/attendance-sheet.ts";
export { type CohortFacts, loadCohortFacts, type MemberFacts } from "./attendance/cohort-facts.ts";
export { listFollowUps, recordFollowUp } from "./attendance/follow-ups.ts";
export {
  type CohortProgress,
  cohortProgress,
  countsAsAttended,
  isAtRisk,
  isOnRoster,
  type MemberProgress,
  meetsCompletion,
  memberProgress,
  needsFollowUp,
} from "./attendance/progress.ts";
export { getCohortProgress, getMemberAttendance } from "./attendance/progress-queries.ts";
export { recordAttendance } from "./attendance/record-attendance.ts";
export { addSessionNoteAddendum, getSessionNote, saveSessionNote, signSessionNote } from "./attendance/session-notes.ts";
export { AUDIT_ACTIONS, type AuditAction } from "./audit/audit-actions.ts";
export { type AuditEntry, recordAudit } from "./audit/record-audit.ts";
export { calendarFeedFor, hasCalendarFeed, setCalendarTokenHash } from "./calendar/calendar-feed.ts";
export { listAtRiskCohorts } from "./cohorts/at-risk.ts";
export {
  changeCohortStatus,
  confirmCohortGo,
  createCohort,
  previewCohortSessions,
  setCohortFacilitators,
  updateCohortDetails,
} from "./cohorts/cohort-commands.ts";
export { type CohortRow, getCohort, listCohorts } from "./cohorts/cohort-queries.ts";
export { allowedNextStatuses, assertCohortTransition } from "./cohorts/cohort-status.ts";
export { holdsCurrentLicence, leadNeedsLicence } from "./cohorts/licence-rule.ts";
export { postponeCohort } from "./cohorts/postpone-cohort.ts";
export { awaitingConsentInMyCohorts } from "./consent/awaiting-consent.ts";
export {
  createConsentDocument,
  currentVersionForProgram,
  getConsentDocument,
  listConsentDocuments,
  publishConsentVersion,
} from "./consent/consent-documents.ts";
export { consentStateFor, recordConsent, withdrawConsent } from "./consent/consent-records.ts";
export { evaluateConsent, minimumCurrentVersion } from "./consent/consent-status.ts";
export { endEnrollment, enrollMember } from "./enrollment/enroll.ts";
export { assertMayEnroll, type EnrollmentFacts, isEnrollmentLocked } from "./enrollment/enrollment-rules.ts";
export { AppError, type AppErrorCode } from "./errors/app-error.ts";
export {
  type ApplicationRow,
  countOpenApplications,
  getApplication,
  listApplications,
  listMyInterviews,
} from "./intake/application-queries.ts";
export { assertApplicationTransition, nextApplicationStatuses } from "./intake/application-status.ts";
export { recommendApplication, recordInterviewNotes } from "./intake/interview.ts";
export { acknowledgeRisk, moveApplication } from "./intake/move-application.ts";
export { recordApplication } from "./intake/record-application.ts";
export { addRiskFlagNote } from "./intake/risk-flag-notes.ts";
export { evaluateAnswers, isRiskAnswer } from "./intake/screening-answers.ts";
export {
  addScreeningQuestion,
  archiveScreeningQuestion,
  listScreeningQuestions,
  reorderScreeningQuestions,
  updateScreeningQuestion,
} from "./intake/screening-questions.ts";
export { updateMember } from "./members/member-commands.ts";
export {
  findPossibleDuplicates,
  getMemberProfile,
  listMembers,
  type MemberRow,
} from "./members/member-queries.ts";
export { LIST_COUNT_CAP } from "./paging.ts";
export { countPeople, getUser, listFacilitators, listUsers, type PeopleCounts, type UserRow } from "./people/list-users.ts";
export {
  addCredential,
  changeRole,
  createUser,
  removeCredential,
  resetPassword,
  setUserActive,
  updateCredential,
  updateUser,
} from "./people/manage-users.ts";
export {
  findUserForSignIn,
  getOwnProfile,
  getPasswordHash,
  recordRefusedSignIn,
  recordSignIn,
  recordSignOut,
  setOwnPassword,
} from "./people/own-account.ts";
export { addModule, removeModule, reorderModules, updateModule } from "./programs/module-commands.ts";
export { createProgram, setProgramArchived, updateProgram } from "./programs/program-commands.ts";
export { getProgram, listProgramOptions, listPrograms, type ProgramRow } from "./programs/program-queries.ts";
export { logReferral } from "./referrals/log-referral.ts";
export { moveReferral } from "./referrals/move-referral.ts";
export {
  getReferral,
  listReferrals,
  type ReferralRow,
  referralCounts,
  referralsForHome,
} from "./referrals/referral-queries.ts";
export {
  createResource,
  getResource,
  listActiveResources,
  listResourceLanguages,
  listResources,
  type ResourceRow,
  setResourceActive,
  updateResource,
} from "./referrals/resources.ts";
export { type AttendanceCounts, attendanceRate } from "./reports/attendance-counts.ts";
export {
  type AttendanceCohortRow,
  type AttendanceSummary,
  attendanceCohortPage,
  attendanceSummary,
} from "./reports/attendance-report.ts";
export { type IntakeReport, intakeReport } from "./reports/intake-report.ts";
export { type ParticipationReport, participationReport } from "./reports/participation-report.ts";
export { type ReferralReport, referralReport } from "./reports/referral-report.ts";
export type { ExportCell, ReportExport } from "./reports/report-export.ts";
export { exportReport } from "./reports/report-exports.ts";
export { listSavedReportViews, removeReportView, type SavedReportViewRow, saveReportView } from "./reports/saved-views.ts";
export { getCohortRoster } from "./roster/cohort-roster.ts";
export { type PlannedSession, planWeeklySessions, type WeeklySchedule } from "./sessions/schedule.ts";
export { cancelSession, markSessionHeld, rescheduleSession } from "./sessions/session-commands.ts";
export { listCohortSessions, listMyUpcomingSessions, listWeekSessions, WEEK_SESSION_LIMIT } from "./sessions/session-queries.ts";
export {
  readSetting,
  readSettings,
  SETTING_DEFAULTS,
  type SettingKey,
  type Settings,
  writeSettings,
} from "./settings/settings.ts";
export {
  assertSetupLinkValid,
  createFirstAdministrator,
  hasAdministrator,
  issueSetupToken,
  setupStatus,
} from "./setup/first-administrator.ts";
export { gettingStarted } from "./setup/getting-started.ts";
export { respondToOffer } from "./waitlist/respond-to-offer.ts";
export { listCohortWaitlist, removeFromWaitlist } from "./waitlist/waitlist.ts";
