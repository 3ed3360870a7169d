import type { SessionCookie } from "@circle/api";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ServerEnv } from "../env.ts";

const PLAIN_NAME = "circle_session";
// The __Host- prefix makes the browser refuse the cookie unless it is Secure, host-only, path=/.
const SECURE_NAME = "__Host-circle_session";

/** COOKIE_SECURE=true: always; auto: when this request came over HTTPS (X-Forwarded-Proto with TRUST_PROXY). */
export function sendsOverHttps(request: FastifyRequest, env: ServerEnv): boolean {
  if (env.COOKIE_SECURE !== "auto") return env.COOKIE_SECURE === "true";
  return request.protocol === "https";
}

export function readSessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[SECURE_NAME] ?? request.cookies[PLAIN_NAME];
}

export function sessionCookie(request: FastifyRequest, reply: FastifyReply, env: ServerEnv): SessionCookie {
  const secure = sendsOverHttps(request, env);
  const name = secure ? SECURE_NAME : PLAIN_NAME;
  return {
    set(token, expiresAt) {
      reply.setCookie(name, token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: expiresAt });
    },
    clear() {
      reply.clearCookie(name, { httpOnly: true, sameSite: "lax", secure, path: "/" });
    },
  };
}
