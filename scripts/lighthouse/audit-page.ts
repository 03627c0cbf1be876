// One Lighthouse run of one page in a fresh headless Chromium: the three category scores (0–100)
// and the audits that cost points, so a low score says what to fix.
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

export const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
export type TCategory = (typeof CATEGORIES)[number];
export type TFormFactor = "mobile" | "desktop";
export type TAuditRun = { scores: Record<TCategory, number>; metrics: Record<TMetric, number>; failing: { audit: string; value: string }[]; report: string };

/** Lab metrics shown beside the scores: milliseconds, except layout shift. */
export const METRICS = { fcp: "first-contentful-paint", lcp: "largest-contentful-paint", tbt: "total-blocking-time", cls: "cumulative-layout-shift" } as const;
export type TMetric = keyof typeof METRICS;

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"];

/** Trace-recording failures that Lighthouse itself says to run again after; anything else is the page's. */
const TRANSIENT_ERRORS = new Set(["NO_NAVSTART", "PROTOCOL_TIMEOUT"]);
const ATTEMPTS = 3;

class LighthouseRuntimeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export async function auditPage(page: { url: string; cookie?: string; formFactor: TFormFactor }): Promise<TAuditRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(page);
    } catch (error) {
      if (!(error instanceof LighthouseRuntimeError && TRANSIENT_ERRORS.has(error.code)) || attempt === ATTEMPTS) throw error;
      console.warn(`${error.message} — running it again`);
    }
  }
}

async function auditOnce({ url, cookie, formFactor }: { url: string; cookie?: string; formFactor: TFormFactor }): Promise<TAuditRun> {
  const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    // Lighthouse's default config is mobile (Moto G Power, simulated slow 4G and 4× CPU slowdown).
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES], extraHeaders: cookie ? { Cookie: cookie } : undefined },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new LighthouseRuntimeError(lhr.runtimeError.code, `Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    // A signed-in page that redirected to sign-in would score the wrong page.
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}`);
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as Record<TCategory, number>;
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([name, audit]) => [name, lhr.audits[audit]?.numericValue ?? Number.NaN])) as Record<TMetric, number>;
    const failing = CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => ({ audit: `${category}: ${ref.id}`, value: lhr.audits[ref.id]!.displayValue ?? `score ${lhr.audits[ref.id]!.score}` })),
    );
    return { scores, metrics, failing, report: typeof result.report === "string" ? result.report : result.report.join("") };
  } finally {
    chrome.kill();
  }
}
