import { request } from "node:http";
import type { Page } from "playwright-core";

/** Sizes in kB (1,000 bytes), as the budgets are written. */
const kb = (bytes: number) => Math.round(bytes / 100) / 10;

/** The bytes of one file as the server sends it gzip-compressed (its precompressed copy). */
function gzipBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
      response.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

export interface Weight {
  kb: number;
  files: number;
}

async function weigh(urls: Iterable<string>): Promise<Weight> {
  const unique = [...new Set(urls)];
  const sizes = await Promise.all(unique.map(gzipBytes));
  return { kb: kb(sizes.reduce((sum, n) => sum + n, 0)), files: unique.length };
}

/**
 * The dashboard's first JavaScript: the entry chunk and the chunks index.html preloads with it,
 * which every page (sign-in and home alike) downloads before it can show anything.
 */
export async function firstJavaScript(url: string): Promise<Weight> {
  const html = await (await fetch(`${url}/`, { headers: { accept: "text/html" } })).text();
  const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)];
  return weigh(scripts.map((match) => new URL(match[1] ?? "", url).href));
}

/** Records every script a page requests, to weigh them once it has been shown. */
export function recordScripts(page: Page): { weigh: () => Promise<Weight> } {
  const urls: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") urls.push(r.url());
  });
  return { weigh: () => weigh(urls) };
}
