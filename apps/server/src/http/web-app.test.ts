import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveWebApp } from "./web-app.ts";

const INDEX = "<!doctype html><title>Circle</title><script src=/assets/index-3f9a.js></script>";
const SCRIPT = `console.log(${JSON.stringify("circle ".repeat(200))})`;

// A build as Vite leaves it: each file with its brotli and gzip copies beside it.
async function builtDashboard(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "circle-dist-"));
  await mkdir(join(root, "assets"));
  for (const [path, text] of [
    ["index.html", INDEX],
    ["assets/index-3f9a.js", SCRIPT],
  ] as const) {
    await writeFile(join(root, path), text);
    await writeFile(join(root, `${path}.br`), brotliCompressSync(text));
    await writeFile(join(root, `${path}.gz`), gzipSync(text));
  }
  return root;
}

describe("the built dashboard", () => {
  let app: FastifyInstance;
  let root: string;
  beforeAll(async () => {
    root = await builtDashboard();
    app = Fastify();
    await serveWebApp(app, root);
  });
  afterAll(async () => {
    await app.close();
    await rm(root, { recursive: true, force: true });
  });

  it("sends the brotli copy to a browser that accepts it, the gzip one otherwise, and the file itself to the rest", async () => {
    const url = "/assets/index-3f9a.js";
    const br = await app.inject({ url, headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
    expect(br.headers.vary).toContain("accept-encoding");

    const gz = await app.inject({ url, headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);

    const plain = await app.inject({ url });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers["content-type"]).toContain("javascript");
  });

  it("caches hashed assets for a year and makes the browser revalidate index.html on every visit", async () => {
    const asset = await app.inject({ url: "/assets/index-3f9a.js", headers: { "accept-encoding": "br" } });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");

    for (const url of ["/index.html", "/cohorts/123/sessions"]) {
      const page = await app.inject({ url, headers: { accept: "text/html", "accept-encoding": "br" } });
      expect(page.statusCode).toBe(200);
      expect(page.headers["cache-control"]).toBe("no-cache");
      expect(brotliDecompressSync(page.rawPayload).toString()).toBe(INDEX);
    }
  });
});
