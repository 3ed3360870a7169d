import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium unless CHROMIUM_PATH names another; the benchmark downloads no browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Headless Chromium with nothing of its own on the network (updates, sync, QUIC) to disturb a timing. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** A browser context signed in with this session cookie ("name=value"). */
export async function signedInContext(browser: Browser, url: string, cookie: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const [name, value] = cookie.split("=", 2) as [string, string];
  await context.addCookies([{ name, value, url }]);
  return context;
}
