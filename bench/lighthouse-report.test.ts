import { describe, expect, it } from "vitest";
import { lighthouseTable, medianRunIndex, summariseRun, toScore, type PageRun } from "./lighthouse-report";

function lhr(overrides: { performance?: number | null; observedFcp?: number; observedLoad?: number } = {}) {
  return {
    categories: {
      performance: { score: overrides.performance === undefined ? 0.96 : overrides.performance },
      accessibility: { score: 1 },
      "best-practices": { score: 1 },
    },
    audits: {
      "first-contentful-paint": {
        id: "first-contentful-paint",
        title: "First Contentful Paint",
        score: 0.9,
        scoreDisplayMode: "numeric",
        numericValue: 2104.4,
        displayValue: "2.1 s",
      },
      "largest-contentful-paint": {
        id: "largest-contentful-paint",
        title: "Largest Contentful Paint",
        score: 0.97,
        scoreDisplayMode: "numeric",
        numericValue: 2366,
      },
      "total-blocking-time": {
        id: "total-blocking-time",
        title: "Total Blocking Time",
        score: 1,
        scoreDisplayMode: "numeric",
        numericValue: 29,
      },
      "cumulative-layout-shift": {
        id: "cumulative-layout-shift",
        title: "Cumulative Layout Shift",
        score: 1,
        scoreDisplayMode: "numeric",
        numericValue: 0,
      },
      "speed-index": {
        id: "speed-index",
        title: "Speed Index",
        score: 0.98,
        scoreDisplayMode: "numeric",
        numericValue: 2600,
      },
      "resource-summary": {
        id: "resource-summary",
        title: "Keep request counts low",
        score: null,
        scoreDisplayMode: "informative",
        details: {
          items: [
            { resourceType: "total", transferSize: 140_000 },
            { resourceType: "script", transferSize: 121_446 },
          ],
        },
      },
      metrics: {
        id: "metrics",
        title: "Metrics",
        score: null,
        scoreDisplayMode: "informative",
        details: {
          items: [
            { observedFirstContentfulPaint: overrides.observedFcp ?? 237, observedLoad: overrides.observedLoad ?? 260 },
          ],
        },
      },
      "unused-javascript": {
        id: "unused-javascript",
        title: "Reduce unused JavaScript",
        score: 0.5,
        scoreDisplayMode: "metricSavings",
        displayValue: "Potential savings of 33 KiB",
      },
      "color-contrast": { id: "color-contrast", title: "Contrast", score: 1, scoreDisplayMode: "binary" },
      "uses-http2": { id: "uses-http2", title: "Use HTTP/2", score: 0, scoreDisplayMode: "notApplicable" },
    },
  };
}

describe("summariseRun", () => {
  it("keeps the scores as 0–100, the metrics and the JavaScript transferred", () => {
    const run = summariseRun(lhr());
    expect(run).toMatchObject({
      performance: 96,
      accessibility: 100,
      bestPractices: 100,
      fcp: 2104.4,
      lcp: 2366,
      tbt: 29,
      cls: 0,
      scriptTransferBytes: 121_446,
      totalTransferBytes: 140_000,
      observedFcp: 237,
      observedLoad: 260,
      paintStalled: false,
    });
  });

  it("lists the audits that did not pass, worst first, and leaves out the passed and the not applicable", () => {
    const ids = summariseRun(lhr()).failing.map((a) => a.id);
    expect(ids).toEqual(["unused-javascript", "first-contentful-paint", "largest-contentful-paint", "speed-index"]);
  });

  it("marks a run whose first paint came long after the load event", () => {
    expect(summariseRun(lhr({ observedFcp: 2296, observedLoad: 460 })).paintStalled).toBe(true);
    expect(summariseRun(lhr({ observedFcp: 700, observedLoad: 460 })).paintStalled).toBe(false);
  });
});

describe("medianRunIndex", () => {
  it("picks the run with the median performance score", () => {
    expect(medianRunIndex([{ performance: 97 }, { performance: 87 }, { performance: 94 }])).toBe(2);
    expect(medianRunIndex([{ performance: 90 }])).toBe(0);
  });

  it("takes the lower middle run for an even count, so the run reported really happened", () => {
    expect(medianRunIndex([{ performance: 99 }, { performance: 90 }, { performance: 95 }, { performance: 80 }])).toBe(
      1,
    );
  });

  it("sorts runs without a score last and answers -1 for none", () => {
    expect(medianRunIndex([{ performance: null }, { performance: 50 }, { performance: 60 }])).toBe(2);
    expect(medianRunIndex([])).toBe(-1);
  });
});

describe("lighthouseTable", () => {
  it("shows the median run of each page and every run's score, starring stalled paints", () => {
    const base = summariseRun(lhr());
    const runs: PageRun[] = [
      { ...base, performance: 97 },
      { ...base, performance: 92, paintStalled: true },
      { ...base, performance: 94 },
    ];
    const table = lighthouseTable([{ name: "Mentor caseload", path: "/mentor", runs, median: 2 }]);
    expect(table.split("\n")[2]).toBe(
      "| Mentor caseload | 94 (97, 92*, 94) | 100 | 100 | 2.1 s | 2.4 s | 29 ms | 0.000 | 118.6 KB |",
    );
  });

  it("rounds Lighthouse's 0–1 scores like its report", () => {
    expect(toScore(0.955)).toBe(96);
    expect(toScore(null)).toBeNull();
  });
});
