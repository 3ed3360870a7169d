import type { Browser } from "playwright-core";
import { launchChromium, signedInContext } from "./chromium.ts";
import { recordScripts, type Weight } from "./page-weight.ts";
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

export interface InBrowser extends Stats {
  firstMs: number;
  /** every script the home downloaded on its first load, until it was shown */
  homeJs: Weight;
  /** every script the sign-in page downloads, until the network is quiet */
  signInJs: Weight;
}

/**
 * A facilitator opening their home in a real Chromium: from navigation start to the moment the
 * greeting is shown and no card is still loading (every card's data has arrived and rendered),
 * read from the page's own clock. The first load downloads everything; the rest reuse the
 * browser's cache, as a facilitator's daily visits do (hashed assets are immutable). Beside it,
 * what the sign-in page downloads in a browser that has never visited.
 */
export async function timeHomeInBrowser(url: string, cookie: string, loads: number): Promise<InBrowser> {
  const browser = await launchChromium();
  try {
    const signInJs = await weighSignIn(browser, url);
    const context = await signedInContext(browser, url, cookie);
    const page = await context.newPage();
    const scripts = recordScripts(page);
    const times: number[] = [];
    let homeJs: Weight | undefined;
    for (let i = 0; i <= loads; i++) {
      await page.goto(`${url}/`, { waitUntil: "commit" });
      const shown = await page.waitForFunction(ready, undefined, { polling: "raf", timeout: 15_000 });
      times.push(Math.round((await shown.jsonValue()) as number));
      homeJs ??= await scripts.weigh();
    }
    const [firstMs = 0, ...warm] = times;
    return { ...statsOf(warm, 1, 0), rps: 0, firstMs, homeJs: homeJs ?? { kb: 0, files: 0 }, signInJs };
  } finally {
    await browser.close();
  }
}

async function weighSignIn(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts = recordScripts(page);
    await page.goto(`${url}/sign-in`);
    await page.getByLabel("Password", { exact: true }).waitFor({ timeout: 15_000 });
    await page.waitForLoadState("networkidle");
    return await scripts.weigh();
  } finally {
    await context.close();
  }
}
