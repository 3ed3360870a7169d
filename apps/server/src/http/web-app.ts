import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

export const WEB_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));

const HASHED_ASSET = /[\\/]assets[\\/]/;

/**
 * Serves the built dashboard, with index.html for every client-side route. The build writes a
 * brotli and a gzip copy beside each file, sent to browsers that accept them. Files in assets/
 * carry a content hash in their name, so they are cached for a year; everything else (index.html
 * above all, which names the current hashes) is revalidated on every visit.
 */
export async function serveWebApp(app: FastifyInstance, root = WEB_DIST): Promise<void> {
  if (!existsSync(`${root}/index.html`)) {
    app.log.warn({ root }, "dashboard not built: run `npm run build` (the API still works)");
    return;
  }
  await app.register(fastifyStatic, {
    root,
    // Files are looked up when asked for: a route per file (three per asset with the compressed
    // copies, 500 of them) took 100–800 ms of every start. A missing file falls to the handler below.
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) =>
      reply.header("cache-control", HASHED_ASSET.test(path) ? "public, max-age=31536000, immutable" : "no-cache"),
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === "GET" && !request.url.startsWith("/trpc") && (request.headers.accept ?? "").includes("text/html");
    if (wantsPage) return reply.header("cache-control", "no-cache").sendFile("index.html");
    return reply.code(404).send({ error: "Not found" });
  });
}
