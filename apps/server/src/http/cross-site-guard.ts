import type { FastifyReply, FastifyRequest } from "fastify";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests that a browser could send from another site: the body must
 * be JSON (which a cross-site form cannot send without a CORS preflight we never grant) and the
 * Origin, when the browser sends one, must be this server's own or an allowed one.
 */
export function crossSiteGuard(allowedOrigins: string[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const contentType = request.headers["content-type"] ?? "";
    if (!contentType.toLowerCase().startsWith("application/json")) {
      return reply.code(415).send({ error: "Requests that change data must send JSON" });
    }
    const origin = request.headers.origin;
    if (origin) {
      const own = `${request.protocol}://${request.host}`;
      if (origin !== own && !allowedOrigins.includes(origin)) {
        return reply.code(403).send({ error: "Cross-site request refused" });
      }
    } else if (request.headers["sec-fetch-site"] === "cross-site") {
      return reply.code(403).send({ error: "Cross-site request refused" });
    }
  };
}
