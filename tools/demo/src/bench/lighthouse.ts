import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.ts";

export type Profile = "mobile" | "desktop";

export interface LighthousePage {
  name: string;
  path: string;
  /** the session cookie ("name=value") for a signed-in page */
  cookie?: string;
}

export interface LighthouseScore {
  page: string;
  profile: Profile;
  /** 0–100 */
  score: number;
  /** the metrics the score is made of */
  summary: string;
  /** what Lighthouse says would help most, with the time or bytes it would save */
  advice: string[];
}

const METRICS: [id: string, label: string][] = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"],
  ["speed-index", "SI"],
];

/**
 * Lighthouse's performance score for each page, on its default mobile profile (a mid-range phone
 * on a slow 4G link, simulated) and on its desktop profile, in Debian's Chromium. A signed-in
 * page gets its session cookie on every request.
 */
export async function lighthouseScores(url: string, pages: LighthousePage[], profiles: Profile[]): Promise<LighthouseScore[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  try {
    const scores: LighthouseScore[] = [];
    for (const page of pages)
      for (const profile of profiles) {
        scores.push(await scorePage(url, chrome.port, page, profile));
      }
    return scores;
  } finally {
    chrome.kill();
  }
}

/**
 * One page on one profile. On a busy machine Lighthouse sometimes loses its trace (NO_NAVSTART):
 * it is run once more, and a page it still cannot measure scores 0, with the reason, so the rest
 * of the benchmark is kept.
 */
async function scorePage(url: string, port: number, page: LighthousePage, profile: Profile): Promise<LighthouseScore> {
  let failure = "";
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = await lighthouse(
      `${url}${page.path}`,
      {
        port,
        onlyCategories: ["performance"],
        logLevel: "error",
        extraHeaders: page.cookie ? { cookie: page.cookie } : undefined,
      },
      profile === "desktop" ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) {
      failure = lhr?.runtimeError?.code ?? "no result";
      continue;
    }
    const metrics = METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? "?"}`).join(", ");
    const advice = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
      .filter((audit) => !METRICS.some(([id]) => id === audit.id))
      .map((audit) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
    const score = Math.round((lhr.categories.performance?.score ?? 0) * 100);
    return { page: page.name, profile, score, summary: metrics, advice };
  }
  return { page: page.name, profile, score: 0, summary: `not measured: ${failure}`, advice: [] };
}
