// The pure parts of the phone audit (bench/lighthouse.ts): what is kept of each Lighthouse run,
// the median run and the markdown table. Free of I/O so they can be unit-tested.

/** What one Lighthouse run of one page is reduced to. Scores are 0–100, times in ms. */
export type PageRun = {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  speedIndex: number | null;
  /** Bytes of JavaScript over the wire (transfer size, so after any compression). */
  scriptTransferBytes: number | null;
  totalTransferBytes: number | null;
  /** First contentful paint and load event as they happened in the unthrottled load (ms). */
  observedFcp: number | null;
  observedLoad: number | null;
  /**
   * The first paint came more than half a second after the load event, with nothing left to do:
   * headless Chrome held back the frame (GoogleChrome/lighthouse#17148), and Lighthouse's
   * simulation then counts everything loaded before that paint as delaying it.
   */
  paintStalled: boolean;
  /** Audits that did not pass (score below 1, not informative or not applicable). */
  failing: { id: string; title: string; score: number | null; displayValue?: string }[];
};

export type PageResult = {
  name: string;
  path: string;
  runs: PageRun[];
  /** Index in `runs` of the run with the median performance score. */
  median: number;
};

/**
 * The index of the run whose performance score is the median (for an even count, the lower of
 * the two middle runs, so the reported run is always one that happened). Runs without a score
 * sort last. -1 when there are no runs.
 */
export function medianRunIndex(runs: readonly Pick<PageRun, "performance">[]): number {
  if (runs.length === 0) return -1;
  const order = runs
    .map((run, index) => ({ index, score: run.performance ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.score - b.score || a.index - b.index);
  return order[Math.floor((order.length - 1) / 2)]!.index;
}

/** Lighthouse category scores are 0–1; the table shows them as 0–100 like its report. */
export function toScore(score: number | null | undefined): number | null {
  return typeof score === "number" ? Math.round(score * 100) : null;
}

type Audit = {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: unknown;
};

type Lhr = {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, Audit | undefined>;
};

/** How long after the load event a first paint counts as held back by the browser. */
export const PAINT_STALL_MS = 500;

/** Reduces a Lighthouse result (its `lhr`) to what the report keeps. */
export function summariseRun(lhr: Lhr): PageRun {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const metrics = (lhr.audits.metrics?.details as { items?: Record<string, number | undefined>[] } | undefined)
    ?.items?.[0];
  const observedFcp = metrics?.observedFirstContentfulPaint ?? null;
  const observedLoad = metrics?.observedLoad ?? null;
  const resources = lhr.audits["resource-summary"]?.details as
    | { items?: { resourceType: string; transferSize: number }[] }
    | undefined;
  const transfer = (type: string) => resources?.items?.find((item) => item.resourceType === type)?.transferSize ?? null;
  const failing = Object.values(lhr.audits)
    .filter(
      (audit): audit is Audit =>
        !!audit &&
        (audit.scoreDisplayMode === "binary" ||
          audit.scoreDisplayMode === "numeric" ||
          audit.scoreDisplayMode === "metricSavings") &&
        audit.score !== null &&
        audit.score < 1,
    )
    .map(({ id, title, score, displayValue }) => ({ id, title, score, ...(displayValue ? { displayValue } : {}) }))
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.id.localeCompare(b.id));
  return {
    performance: toScore(lhr.categories.performance?.score),
    accessibility: toScore(lhr.categories.accessibility?.score),
    bestPractices: toScore(lhr.categories["best-practices"]?.score),
    fcp: numeric("first-contentful-paint"),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    speedIndex: numeric("speed-index"),
    scriptTransferBytes: transfer("script"),
    totalTransferBytes: transfer("total"),
    observedFcp,
    observedLoad,
    paintStalled: observedFcp !== null && observedLoad !== null && observedFcp - observedLoad > PAINT_STALL_MS,
    failing,
  };
}

const score = (value: number | null) => (value === null ? "–" : String(value));
const seconds = (ms: number | null) => (ms === null ? "–" : `${(ms / 1000).toFixed(1)} s`);
const millis = (ms: number | null) => (ms === null ? "–" : `${Math.round(ms)} ms`);
const kb = (bytes: number | null) => (bytes === null ? "–" : `${(bytes / 1024).toFixed(1)} KB`);

/**
 * One row per page, from its median run; the performance column lists every run's score, with a
 * star on runs whose first paint headless Chrome held back (see `paintStalled`).
 */
export function lighthouseTable(pages: readonly PageResult[]): string {
  const lines = [
    "| Page | Performance (runs) | Accessibility | Best practices | FCP | LCP | TBT | CLS | JS transfer |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const page of pages) {
    const run = page.runs[page.median];
    if (!run) continue;
    const all = page.runs.map((r) => `${score(r.performance)}${r.paintStalled ? "*" : ""}`).join(", ");
    lines.push(
      `| ${page.name} | ${score(run.performance)} (${all}) | ${score(run.accessibility)} | ${score(run.bestPractices)} | ${seconds(run.fcp)} | ${seconds(run.lcp)} | ${millis(run.tbt)} | ${run.cls === null ? "–" : run.cls.toFixed(3)} | ${kb(run.scriptTransferBytes)} |`,
    );
  }
  return lines.join("\n");
}
