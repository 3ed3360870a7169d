import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

export const WEB_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));

/** Serves the built dashboard, with index.html for every client-side route. */
export async function serveWebApp(app: FastifyInstance, root = WEB_DIST): Promise<void> {
  if (!existsSync(`${root}/index.html`)) {
    app.log.warn({ root }, "dashboard not built: run `npm run build` (the API still works)");
    return;
  }
  await app.register(fastifyStatic, { root, wildcard: false, maxAge: "1h", immutable: false });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === "GET" && !request.url.startsWith("/trpc") && (request.headers.accept ?? "").includes("text/html");
    if (wantsPage) return reply.header("cache-control", "no-cache").sendFile("index.html");
    return reply.code(404).send({ error: "Not found" });
  });
}
