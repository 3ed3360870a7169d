import { chromium } from "playwright-core";
import { type Stats, statsOf } from "./stats.ts";

interface PageGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null };
  performance: { now(): number };
}

/** The page's clock once the greeting shows and no card is loading any more; false until then. */
function ready(): number | false {
  // Runs in the page (the dashboard's CSP allows no string evaluation); typed here without the DOM.
  const { document, performance } = globalThis as unknown as PageGlobals;
  const greeted = /^Good (morning|afternoon|evening)/.test(document.querySelector("h1")?.textContent ?? "");
  const loading = document.querySelector('[aria-busy="true"], [aria-label^="Loading"], .mantine-Skeleton-root');
  return greeted && !loading ? performance.now() : false;
}

/**
 * A facilitator opening their home in a real Chromium: from navigation start to the moment the
 * greeting is shown and no card is still loading (every card's data has arrived and rendered),
 * read from the page's own clock. The first load downloads everything; the rest reuse the
 * browser's cache, as a facilitator's daily visits do (hashed assets are immutable).
 */
export async function timeHomeInBrowser(url: string, cookie: string, loads: number): Promise<Stats & { firstMs: number }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const [name, value] = cookie.split("=", 2) as [string, string];
    await context.addCookies([{ name, value, url }]);
    const page = await context.newPage();
    const times: number[] = [];
    for (let i = 0; i <= loads; i++) {
      await page.goto(`${url}/`, { waitUntil: "commit" });
      const shown = await page.waitForFunction(ready, undefined, { polling: "raf", timeout: 15_000 });
      times.push(Math.round((await shown.jsonValue()) as number));
    }
    const [firstMs = 0, ...warm] = times;
    return { ...statsOf(warm, 1, 0), rps: 0, firstMs };
  } finally {
    await browser.close();
  }
}
