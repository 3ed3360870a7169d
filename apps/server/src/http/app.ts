import { appRouter, createContextInner, MAX_BATCH_SIZE, retryAfterOf, type Services, toTRPCError } from "@circle/api";
import { resolveSession } from "@circle/auth";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance } from "fastify";
import type { ServerEnv } from "../env.ts";
import { bufferTrpcResponse } from "./buffered-trpc-response.ts";
import { registerCalendarFeed } from "./calendar-feed.ts";
import { crossSiteGuard } from "./cross-site-guard.ts";
import { registerReportExport } from "./report-export.ts";
import { readSessionToken, sendsOverHttps, sessionCookie } from "./session-cookie.ts";
import { serveWebApp } from "./web-app.ts";

export interface AppOptions {
  services: Services;
  env: ServerEnv;
  /** folder of the built dashboard; omit to use apps/web/dist */
  webRoot?: string;
  /** where log lines go; omit for stdout (tests read the log through this) */
  logStream?: { write(line: string): void };
}

export async function buildApp({ services, env, webRoot, logStream }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    trustProxy: env.TRUST_PROXY,
    routerOptions: { maxParamLength: 5000 },
    logger: {
      level: env.LOG_LEVEL,
      redact: { paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'], remove: true },
      serializers: {
        // tRPC queries carry their input in the query string (names, searches): log the path only.
        // A calendar feed's path is its credential: log it without the token.
        req: (req) => ({
          method: req.method,
          path: req.url.split("?")[0]?.replace(/^\/calendar\/[^/]+/, "/calendar/[token]"),
          remoteAddress: req.ip,
        }),
      },
      ...(logStream ? { stream: logStream } : {}),
    },
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables through style attributes and a style tag.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Only behind HTTPS: on plain http://localhost it would send asset requests to https.
        upgradeInsecureRequests: env.COOKIE_SECURE === "true" ? [] : null,
      },
    },
    // Set per response below: HSTS only means something (and is only honoured) over HTTPS.
    strictTransportSecurity: false,
  });
  app.addHook("onSend", async (request, reply) => {
    if (sendsOverHttps(request, env)) reply.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    // API answers, exports and feeds hold member data: no browser or proxy keeps a copy. Only the
    // dashboard's own files say otherwise (they set their own cache-control).
    if (!reply.hasHeader("cache-control")) reply.header("Cache-Control", "no-store");
  });
  await app.register(fastifyCookie);
  app.addHook("onRequest", crossSiteGuard(env.ALLOWED_ORIGINS));

  app.get("/healthz", async (_request, reply) => {
    try {
      await services.db.$queryRaw`SELECT 1`;
      return { status: "ok" };
    } catch {
      return reply.code(503).header("Retry-After", "5").send({ status: "unavailable", reason: "database unreachable" });
    }
  });

  app.addHook("onSend", bufferTrpcResponse);
  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      // The dashboard's client batches at most this many calls too (apps/web/src/lib/trpc.ts).
      maxBatchSize: MAX_BATCH_SIZE,
      async createContext({ req, res, info }) {
        const sessionToken = readSessionToken(req);
        // A database that is down already fails here: answer it as the procedures would (503).
        const session = await resolveSession(services.db, sessionToken, services.sessionPolicy).catch((error: unknown) => {
          throw toTRPCError(error);
        });
        return createContextInner(services, {
          session,
          sessionToken,
          ip: req.ip,
          userAgent: req.headers["user-agent"],
          cookie: sessionCookie(req, res, env),
          callsInRequest: info.calls.length,
        });
      },
      responseMeta({ errors }) {
        const seconds = retryAfterOf(errors);
        return seconds ? { headers: new Headers({ "Retry-After": String(seconds) }) } : {};
      },
      onError({ error, path, req }) {
        if (error.code === "INTERNAL_SERVER_ERROR") req.log.error({ err: error.cause ?? error, path }, "procedure failed");
      },
    } satisfies FastifyTRPCPluginOptions<typeof appRouter>["trpcOptions"],
  });

  registerCalendarFeed(app, services.db);
  registerReportExport(app, services);
  await serveWebApp(app, webRoot);
  return app;
}
