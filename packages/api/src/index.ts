export { MAX_BATCH_SIZE } from "@circle/validators";
export { type Context, createContextInner, type Services, type SessionCookie } from "./context.ts";
export { retryAfterOf, toTRPCError } from "./errors.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { createServices } from "./services.ts";
