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
        const result = await lighthouse(
          `${url}${page.path}`,
          {
            port: chrome.port,
            onlyCategories: ["performance"],
            logLevel: "error",
            extraHeaders: page.cookie ? { cookie: page.cookie } : undefined,
          },
          profile === "desktop" ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.message}`);
        const metrics = METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? "?"}`).join(", ");
        const advice = Object.values(lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
          .filter((audit) => !METRICS.some(([id]) => id === audit.id))
          .map((audit) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
        const score = Math.round((lhr.categories.performance?.score ?? 0) * 100);
        scores.push({ page: page.name, profile, score, summary: metrics, advice });
      }
    return scores;
  } finally {
    chrome.kill();
  }
}
