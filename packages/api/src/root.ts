import { attendanceRouter } from "./routers/attendance.ts";
import { authRouter } from "./routers/auth.ts";
import { calendarRouter } from "./routers/calendar.ts";
import { cohortsRouter } from "./routers/cohorts.ts";
import { consentRouter } from "./routers/consent.ts";
import { enrollmentRouter } from "./routers/enrollment.ts";
import { intakeRouter } from "./routers/intake.ts";
import { membersRouter } from "./routers/members.ts";
import { programsRouter } from "./routers/programs.ts";
import { referralsRouter } from "./routers/referrals.ts";
import { reportsRouter } from "./routers/reports.ts";
import { resourcesRouter } from "./routers/resources.ts";
import { sessionsRouter } from "./routers/sessions.ts";
import { settingsRouter } from "./routers/settings.ts";
import { setupRouter } from "./routers/setup.ts";
import { usersRouter } from "./routers/users.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  setup: setupRouter,
  users: usersRouter,
  programs: programsRouter,
  cohorts: cohortsRouter,
  sessions: sessionsRouter,
  calendar: calendarRouter,
  settings: settingsRouter,
  intake: intakeRouter,
  members: membersRouter,
  consent: consentRouter,
  enrollment: enrollmentRouter,
  resources: resourcesRouter,
  referrals: referralsRouter,
  reports: reportsRouter,
  attendance: attendanceRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
