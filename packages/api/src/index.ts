export { createContextInner, type Context, type Services, type SessionCookie } from "./context.ts";
export { appRouter, createCaller, type AppRouter } from "./root.ts";
